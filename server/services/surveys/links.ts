import "server-only";
import { and, asc, desc, eq, inArray, isNull, max, ne } from "drizzle-orm";
import { feedback, journeys, journeyStages, kpis, surveys, teams, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, NotFoundError, ValidationError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { buildQuestions, SCORE_KINDS, surveyTitle } from "./questions";
import { newSurveyToken, surveyPath } from "./tokens";

type SurveyRow = typeof surveys.$inferSelect;

async function surveyOrThrow(tenant: TenantDb, surveyId: string): Promise<SurveyRow> {
  const [row] = await tenant.select(surveys, eq(surveys.id, surveyId));
  if (!row) throw new NotFoundError("Survey link");
  return row;
}

/**
 * Every live touch point of the organisation's journeys (archived ones left out), in journey
 * order, with its survey link if it has one: the director's page lists them all so a link can be
 * made where there is none.
 */
export async function listSurveyLinks(tenant: TenantDb) {
  const points = await tenant
    .selectFields(
      {
        id: touchPoints.id,
        name: touchPoints.name,
        ownerTeamId: touchPoints.ownerTeamId,
        journeyId: journeys.id,
        journeyName: journeys.name,
        journeyStatus: journeys.status,
        stageName: journeyStages.name,
      },
      touchPoints,
      and(isNull(touchPoints.archivedAt), ne(journeys.status, "archived")),
    )
    .innerJoin(journeys, tenant.joinOn(journeys, eq(journeys.id, touchPoints.journeyId)))
    .innerJoin(journeyStages, tenant.joinOn(journeyStages, eq(journeyStages.id, touchPoints.stageId)))
    .orderBy(asc(journeys.name), asc(journeys.id), asc(journeyStages.position), asc(touchPoints.position));
  const pointIds = points.map((p) => p.id);
  if (pointIds.length === 0) return [];

  const [teamRows, kpiRows, surveyRows, lastResponses] = await Promise.all([
    tenant.selectFields({ id: teams.id, name: teams.name }, teams),
    tenant.selectFields({ touchPointId: kpis.touchPointId, kind: kpis.kind }, kpis, inArray(kpis.touchPointId, pointIds)),
    tenant.select(surveys, inArray(surveys.touchPointId, pointIds)).orderBy(desc(surveys.createdAt)),
    tenant
      .selectFields(
        { touchPointId: feedback.touchPointId, at: max(feedback.receivedAt) },
        feedback,
        and(eq(feedback.source, "survey"), inArray(feedback.touchPointId, pointIds)),
      )
      .groupBy(feedback.touchPointId),
  ]);
  const teamName = new Map(teamRows.map((t) => [t.id, t.name]));
  const lastAt = new Map(lastResponses.map((r) => [r.touchPointId, r.at]));

  const rows = points.map((point) => {
    // Newest first, so a touch point that somehow got two links shows the one made last.
    const survey = surveyRows.find((s) => s.touchPointId === point.id);
    return {
      journeyId: point.journeyId,
      journeyName: point.journeyName,
      journeyStatus: point.journeyStatus,
      touchPointId: point.id,
      name: point.name,
      stageName: point.stageName,
      ownerTeamName: point.ownerTeamId ? (teamName.get(point.ownerTeamId) ?? null) : null,
      scoreKinds: SCORE_KINDS.filter((kind) => kpiRows.some((k) => k.touchPointId === point.id && k.kind === kind)),
      survey: survey
        ? {
            id: survey.id,
            path: surveyPath(tenant.orgId, survey.token),
            status: survey.status,
            questionKinds: survey.questions.map((q) => q.kind),
            responseCount: survey.responseCount,
            lastResponseAt: lastAt.get(point.id) ?? null,
            createdAt: survey.createdAt,
            closedAt: survey.closedAt,
          }
        : null,
    };
  });
  return groupByJourney(rows);
}

function groupByJourney<T extends { journeyId: string; journeyName: string; journeyStatus: string }>(rows: T[]) {
  const groups: { journeyId: string; journeyName: string; journeyStatus: string; touchPoints: T[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last?.journeyId === row.journeyId) last.touchPoints.push(row);
    else groups.push({ journeyId: row.journeyId, journeyName: row.journeyName, journeyStatus: row.journeyStatus, touchPoints: [row] });
  }
  return groups;
}

export async function createSurveyLink(
  tenant: TenantDb,
  scope: Scope,
  input: { touchPointId: string; includeComment: boolean; includeStaff: boolean },
) {
  const [point] = await tenant.select(touchPoints, and(eq(touchPoints.id, input.touchPointId), isNull(touchPoints.archivedAt)));
  if (!point) throw new NotFoundError("Touch point");
  const kpiKinds = (await tenant.selectFields({ kind: kpis.kind }, kpis, eq(kpis.touchPointId, point.id))).map((k) => k.kind);
  const asksScores = SCORE_KINDS.some((kind) => kpiKinds.includes(kind));
  if (!asksScores && !input.includeComment) {
    throw new ValidationError(
      `${point.name} has no NPS, CSAT, CES or rating KPI, so the comment is the whole survey: include it, or add a KPI first`,
      "includeComment",
    );
  }
  if (input.includeStaff && !point.ownerTeamId) {
    throw new ValidationError(`${point.name} has no owning team, so there is nobody to name: leave out "Who served you?"`, "includeStaff");
  }
  const questions = buildQuestions({ touchPointName: point.name, kpiKinds, ...input });

  return tenant.transaction(async (tenantTx) => {
    const [existing] = await tenantTx.selectFields({ id: surveys.id }, surveys, eq(surveys.touchPointId, point.id));
    if (existing) throw new ConflictError(`${point.name} already has a survey link; reopen it or make a new link instead`);
    const token = newSurveyToken();
    const [row] = await tenantTx
      .insert(surveys, { touchPointId: point.id, title: surveyTitle(point.name), questions, token })
      .returning({ id: surveys.id });
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "survey.created",
      entityType: "survey",
      entityId: row!.id,
      // The token stays out of the log: it is the link's secret.
      after: { touchPointId: point.id, questions: questions.map((q) => q.kind) },
    });
    return { id: row!.id, path: surveyPath(tenant.orgId, token) };
  });
}

export async function setSurveyLinkClosed(tenant: TenantDb, scope: Scope, input: { surveyId: string; closed: boolean }) {
  const survey = await surveyOrThrow(tenant, input.surveyId);
  const status = input.closed ? "closed" : "open";
  if (survey.status === status) throw new ConflictError(`This survey link is already ${status}`);
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.update(surveys, { status, closedAt: input.closed ? new Date() : null }, eq(surveys.id, survey.id));
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: input.closed ? "survey.closed" : "survey.reopened",
      entityType: "survey",
      entityId: survey.id,
    });
  });
  return { id: survey.id, status };
}

/** A new secret for the link: the old URL stops working at once; answers so far are kept. */
export async function regenerateSurveyLink(tenant: TenantDb, scope: Scope, input: { surveyId: string }) {
  const survey = await surveyOrThrow(tenant, input.surveyId);
  const token = newSurveyToken();
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.update(surveys, { token }, eq(surveys.id, survey.id));
    await recordAudit(tenantTx, { actorId: scope.userId, action: "survey.regenerated", entityType: "survey", entityId: survey.id });
  });
  return { id: survey.id, path: surveyPath(tenant.orgId, token) };
}
