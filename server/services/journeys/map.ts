import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { feedbackDailyTotals, journeyStages, kpis, targets, teams, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { resolveEffectiveTarget, today, type EffectiveTarget, type TargetSubject } from "@/server/services/kpis/effective-target";
import type { Scope } from "@/server/services/scope";
import { journeyOrThrow } from "./lookups";
import { ratingScaleOf } from "@/lib/rating-scale";

/**
 * Everything the journey map shows: stages in order, their touch points in order with KPIs, and
 * each KPI's target as it applies to the viewer (their own for frontline staff, their team's
 * for a lead, the organisation's for a director).
 */
export async function journeyMap(tenant: TenantDb, scope: Scope, input: { journeyId: string }) {
  const journey = await journeyOrThrow(tenant, scope, input.journeyId);
  const stages = await tenant.select(journeyStages, eq(journeyStages.journeyId, journey.id)).orderBy(asc(journeyStages.position));
  const points = await tenant.select(touchPoints, eq(touchPoints.journeyId, journey.id)).orderBy(asc(touchPoints.position));
  const pointIds = points.map((p) => p.id);
  const pointKpis = pointIds.length ? await tenant.select(kpis, inArray(kpis.touchPointId, pointIds)).orderBy(asc(kpis.createdAt), asc(kpis.name)) : [];
  const kpiIds = pointKpis.map((k) => k.id);
  const overrides = kpiIds.length ? await tenant.select(targets, inArray(targets.kpiId, kpiIds)) : [];
  const teamRows = await tenant.selectFields({ id: teams.id, name: teams.name }, teams).orderBy(asc(teams.name));
  const teamNames = new Map(teamRows.map((t) => [t.id, t.name]));
  // From the segment-free daily totals: a few rows per touch point and day, not every response.
  const responses = pointIds.length
    ? await tenant
        .selectFields({ touchPointId: feedbackDailyTotals.touchPointId, n: sql<number>`coalesce(sum(${feedbackDailyTotals.responses}), 0)::int` }, feedbackDailyTotals, inArray(feedbackDailyTotals.touchPointId, pointIds))
        .groupBy(feedbackDailyTotals.touchPointId)
    : [];

  const day = today(scope.timeZone);
  const viewerTeams = scope.role === "team_lead" ? scope.leadTeamIds : scope.teamIds;
  const subjectFor = (ownerTeamId: string | null): TargetSubject =>
    scope.role === "director"
      ? { teamIds: [] }
      : { userId: scope.role === "frontline" ? scope.userId : null, teamIds: viewerTeams, ownerTeamId };
  const label = (effective: EffectiveTarget) =>
    effective.source === "organisation"
      ? "organisation"
      : effective.source === "team"
        ? `team ${teamNames.get(effective.teamId!) ?? ""}`.trim()
        : "your personal target";

  return {
    journey: {
      id: journey.id,
      name: journey.name,
      description: journey.description,
      segment: journey.segment,
      status: journey.status,
      updatedAt: journey.updatedAt,
    },
    canEdit: scope.role === "director",
    viewer: { userId: scope.userId, role: scope.role, teamIds: scope.teamIds, leadTeamIds: scope.leadTeamIds },
    teams: teamRows,
    stages: stages.map((stage) => ({
      id: stage.id,
      name: stage.name,
      description: stage.description,
      position: stage.position,
      touchPoints: points
        .filter((point) => point.stageId === stage.id)
        .map((point) => ({
          id: point.id,
          name: point.name,
          description: point.description,
          channel: point.channel,
          ownerTeamId: point.ownerTeamId,
          ownerTeamName: point.ownerTeamId ? (teamNames.get(point.ownerTeamId) ?? null) : null,
          isMomentOfTruth: point.isMomentOfTruth,
          promise: point.promise,
          position: point.position,
          archived: point.archivedAt !== null,
          feedbackCount: responses.find((r) => r.touchPointId === point.id)?.n ?? 0,
          isMine: point.ownerTeamId !== null && scope.teamIds.includes(point.ownerTeamId),
          kpis: pointKpis
            .filter((kpi) => kpi.touchPointId === point.id)
            .map((kpi) => {
              const effective = resolveEffectiveTarget(kpi, overrides.filter((o) => o.kpiId === kpi.id), subjectFor(point.ownerTeamId), day);
              return {
                id: kpi.id,
                kind: kpi.kind,
                name: kpi.name,
                unit: kpi.unit,
                direction: kpi.direction,
                target: kpi.target,
                warningThreshold: kpi.warningThreshold,
                minSampleSize: kpi.minSampleSize,
                scale: ratingScaleOf(kpi),
                effective: { target: effective.target, warningThreshold: effective.warningThreshold, source: effective.source, sourceLabel: label(effective) },
              };
            }),
        })),
    })),
  };
}
