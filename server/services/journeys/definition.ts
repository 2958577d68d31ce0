import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { journeys, journeyStages, kpis, teams, touchPoints } from "@/db/schema";
import { ratingScaleOf, resolveRatingScale } from "@/lib/rating-scale";
import { scaleColumnsOf } from "@/server/services/kpis/kpis";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import type { Scope } from "@/server/services/scope";
import { DEFINITION_FORMAT, DEFINITION_VERSION, type JourneyDefinition } from "./definition-schema";
import { journeyOrThrow } from "./lookups";

/** The journey as a document another organisation can import. */
export async function exportJourney(tenant: TenantDb, scope: Scope, input: { journeyId: string }) {
  const journey = await journeyOrThrow(tenant, scope, input.journeyId);
  const stages = await tenant.select(journeyStages, eq(journeyStages.journeyId, journey.id)).orderBy(asc(journeyStages.position));
  const points = await tenant.select(touchPoints, eq(touchPoints.journeyId, journey.id)).orderBy(asc(touchPoints.position));
  const pointKpis = points.length ? await tenant.select(kpis, inArray(kpis.touchPointId, points.map((p) => p.id))).orderBy(asc(kpis.createdAt), asc(kpis.name)) : [];
  const teamNames = new Map((await tenant.selectFields({ id: teams.id, name: teams.name }, teams)).map((t) => [t.id, t.name]));

  const document: JourneyDefinition = {
    format: DEFINITION_FORMAT,
    version: DEFINITION_VERSION,
    journey: { name: journey.name, description: journey.description, segment: journey.segment, status: journey.status },
    stages: stages.map((stage) => ({
      name: stage.name,
      description: stage.description,
      touchPoints: points
        .filter((point) => point.stageId === stage.id)
        .map((point) => ({
          name: point.name,
          description: point.description,
          channel: point.channel,
          ownerTeam: point.ownerTeamId ? (teamNames.get(point.ownerTeamId) ?? null) : null,
          isMomentOfTruth: point.isMomentOfTruth,
          promise: point.promise,
          archived: point.archivedAt !== null,
          kpis: pointKpis
            .filter((kpi) => kpi.touchPointId === point.id)
            .map((kpi) => ({
              kind: kpi.kind,
              name: kpi.name,
              unit: kpi.unit,
              direction: kpi.direction,
              target: kpi.target,
              warningThreshold: kpi.warningThreshold,
              minSampleSize: kpi.minSampleSize,
              ...(kpi.kind === "rating" ? ratingScaleOf(kpi) : {}),
            })),
        })),
    })),
  };
  return document;
}

/**
 * Creates a journey from a document. Owner teams are matched by name (ignoring case); a team
 * this organisation does not have leaves the touch point without an owner, with a warning.
 * An archived journey comes in as a draft.
 */
export async function importJourney(tenant: TenantDb, scope: Scope, document: JourneyDefinition) {
  const teamIds = new Map(
    (await tenant.selectFields({ id: teams.id, name: teams.name }, teams)).map((t) => [t.name.toLowerCase(), t.id]),
  );
  const warnings: string[] = [];
  return tenant.transaction(async (tenantTx) => {
    const [journey] = await tenantTx
      .insert(journeys, {
        name: document.journey.name,
        description: document.journey.description,
        segment: document.journey.segment,
        status: document.journey.status === "archived" ? "draft" : document.journey.status,
        createdBy: scope.userId,
      })
      .returning({ id: journeys.id });
    for (const [stagePosition, stage] of document.stages.entries()) {
      const [stageRow] = await tenantTx
        .insert(journeyStages, { journeyId: journey!.id, name: stage.name, description: stage.description, position: stagePosition })
        .returning({ id: journeyStages.id });
      for (const [position, point] of stage.touchPoints.entries()) {
        const ownerTeamId = point.ownerTeam ? (teamIds.get(point.ownerTeam.toLowerCase()) ?? null) : null;
        if (point.ownerTeam && !ownerTeamId) {
          warnings.push(`${point.name}: there is no team called "${point.ownerTeam}" here, so it has no owner yet.`);
        }
        const [pointRow] = await tenantTx
          .insert(touchPoints, {
            journeyId: journey!.id,
            stageId: stageRow!.id,
            name: point.name,
            description: point.description,
            channel: point.channel,
            ownerTeamId,
            isMomentOfTruth: point.isMomentOfTruth,
            promise: point.promise,
            position,
            archivedAt: point.archived ? new Date() : null,
          })
          .returning({ id: touchPoints.id });
        if (point.kpis.length) {
          // KPIs show in creation order, and a transaction's now() is one instant: space them out.
          const base = Date.now();
          await tenantTx.insert(
            kpis,
            point.kpis.map((kpi, index) => ({
              ...kpi,
              ...scaleColumnsOf(kpi.kind, kpi.kind === "rating" ? resolveRatingScale(kpi) : null),
              touchPointId: pointRow!.id,
              createdAt: new Date(base + index),
            })),
          );
        }
      }
    }
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "journey.imported",
      entityType: "journey",
      entityId: journey!.id,
      after: { name: document.journey.name, stages: document.stages.length, warnings },
    });
    return { id: journey!.id, warnings };
  });
}
