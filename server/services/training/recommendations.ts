import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { trainingAssignments, trainingModules, trainingModuleTouchPoints, trainingRecords } from "@/db/schema";
import { addDays } from "@/lib/days";
import type { TrainingCategory } from "@/lib/domain/training";
import type { TenantDb } from "@/server/db/tenant-db";
import { belowTargetWithConfidence } from "@/server/services/dashboards/needs-help";
import { teamPeople } from "@/server/services/dashboards/people";
import { ValidationError } from "@/server/services/errors";
import { today } from "@/server/services/kpis/effective-target";
import type { Scope } from "@/server/services/scope";
import { OPEN_STATUSES } from "./overdue";

/** The period recommendations judge by when none is given: the last 90 days, as the frontline home. */
export const RECOMMENDATION_DAYS = 90;

type SuggestedModule = { id: string; title: string; kind: TrainingCategory; durationMinutes: number };

/**
 * Who needs which training: for each person of the caller's teams (a director: every team) whose
 * figure on a touch point's KPI is below target beyond doubt (belowTargetWithConfidence, the rule
 * of the lead's "Needs help", on teamPeople's own figures), the active modules linked to that
 * touch point that the person has neither completed (a completed or passed record from any
 * source) nor been assigned and not yet finished. Each comes with its evidence; a gap with no
 * module left to suggest is listed too, so the lead sees it has none.
 */
export async function recommendations(tenant: TenantDb, scope: Scope, input: { from?: string; to?: string; teamId?: string }, now = new Date()) {
  const to = input.to ?? today(scope.timeZone, now);
  const from = input.from ?? addDays(to, -(RECOMMENDATION_DAYS - 1));
  if (from > to) throw new ValidationError(`from (${from}) must not be after to (${to})`, "from");
  const team = await teamPeople(tenant, scope, { from, to, teamId: input.teamId });
  const gaps = team.rows.filter((row) => belowTargetWithConfidence(row));
  if (gaps.length === 0) return { period: { from, to }, entries: [] };

  const touchPointIds = [...new Set(gaps.map((gap) => gap.touchPointId))];
  const linked = await tenant
    .selectFields(
      {
        touchPointId: trainingModuleTouchPoints.touchPointId,
        id: trainingModules.id,
        title: trainingModules.title,
        kind: trainingModules.category,
        durationMinutes: trainingModules.durationMinutes,
      },
      trainingModuleTouchPoints,
      inArray(trainingModuleTouchPoints.touchPointId, touchPointIds),
    )
    .innerJoin(trainingModules, tenant.joinOn(trainingModules, and(eq(trainingModules.id, trainingModuleTouchPoints.moduleId), isNull(trainingModules.archivedAt))!))
    .orderBy(asc(trainingModules.title));
  const moduleIds = [...new Set(linked.map((row) => row.id))];
  const personIds = [...new Set(gaps.map((gap) => gap.personId))];
  const done = new Set<string>();
  if (moduleIds.length > 0) {
    const completed = await tenant.selectFields(
      { userId: trainingRecords.userId, moduleId: trainingRecords.moduleId },
      trainingRecords,
      and(inArray(trainingRecords.moduleId, moduleIds), inArray(trainingRecords.userId, personIds), inArray(trainingRecords.outcome, ["completed", "passed"])),
    );
    const open = await tenant.selectFields(
      { userId: trainingAssignments.userId, moduleId: trainingAssignments.moduleId },
      trainingAssignments,
      and(inArray(trainingAssignments.moduleId, moduleIds), inArray(trainingAssignments.userId, personIds), inArray(trainingAssignments.status, [...OPEN_STATUSES])),
    );
    for (const row of [...completed, ...open]) done.add(`${row.userId}:${row.moduleId}`);
  }

  const entries = gaps.map((gap) => ({
    personId: gap.personId,
    personName: gap.personName,
    touchPointId: gap.touchPointId,
    touchPointName: gap.touchPointName,
    kpiId: gap.kpiId,
    kpiName: gap.kpiName,
    kind: gap.kind,
    unit: gap.unit,
    direction: gap.direction,
    value: gap.value,
    n: gap.n,
    interval: gap.interval,
    target: gap.target,
    modules: linked
      .filter((row) => row.touchPointId === gap.touchPointId && !done.has(`${gap.personId}:${row.id}`))
      .map(({ id, title, kind, durationMinutes }): SuggestedModule => ({ id, title, kind, durationMinutes })),
  }));
  return { period: { from, to }, entries };
}
