import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { surveys, touchPoints } from "@/db/schema";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { ConflictError, NotFoundError, TooManyRequestsError, ValidationError } from "@/server/services/errors";
import { ingestFeedback } from "@/server/services/feedback/ingest";
import { createRateLimiter } from "@/server/services/common/rate-limiter";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { ratingRangeIssue } from "@/lib/rating-scale";
import { ratingScalesOf } from "@/server/services/kpis/rating-scales";
import { ANSWER_FIELD } from "./questions";
import type { SurveySubmission } from "@/lib/schemas/surveys";
import { staffOfTeam } from "./staff";
import { parseSurveyLink } from "./tokens";

/** Responses one client address may send through one link in the window. */
export const SUBMISSION_LIMIT = { submissions: 5, windowSeconds: 600 };
const submissions = createRateLimiter({ name: "survey-link", limit: SUBMISSION_LIMIT.submissions, windowSeconds: SUBMISSION_LIMIT.windowSeconds });

/** For tests: start every address with an empty window. */
export const resetSurveyRateLimits = (db: Database) => submissions.reset(db);

export const CLOSED_MESSAGE = "This survey is closed";

/** The link's survey and touch point; a link that is not well formed or not known is "not found". */
async function surveyOfLink(db: Database, link: { orgId: string; token: string }) {
  const parsed = parseSurveyLink(link);
  if (!parsed) throw new NotFoundError("Survey");
  const tenant = tenantDb(db, parsed.orgId);
  const [row] = await tenant
    .selectFields(
      {
        id: surveys.id,
        title: surveys.title,
        questions: surveys.questions,
        status: surveys.status,
        touchPointId: touchPoints.id,
        touchPointName: touchPoints.name,
        channel: touchPoints.channel,
        ownerTeamId: touchPoints.ownerTeamId,
        archivedAt: touchPoints.archivedAt,
      },
      surveys,
      eq(surveys.token, parsed.token),
    )
    .innerJoin(touchPoints, tenant.joinOn(touchPoints, eq(touchPoints.id, surveys.touchPointId)));
  if (!row) throw new NotFoundError("Survey");
  // A touch point taken out of the journey asks for no more feedback.
  const open = row.status === "open" && row.archivedAt === null;
  return { tenant, survey: row, open };
}

/** What the customer's phone shows: the questions, or only that the survey is closed. */
export async function publicSurveyForm(db: Database, link: { orgId: string; token: string }) {
  const { tenant, survey, open } = await surveyOfLink(db, link);
  const org = await tenant.organization();
  const base = { orgName: org?.name ?? "", touchPointName: survey.touchPointName, title: survey.title };
  if (!open) return { ...base, status: "closed" as const, questions: [], staff: [], ratingScale: null };
  const asksStaff = survey.questions.some((q) => q.kind === "staff");
  const asksRating = survey.questions.some((q) => q.kind === "rating");
  return {
    ...base,
    status: "open" as const,
    questions: survey.questions,
    /** The rating question's scale: the touch point's rating KPI's. */
    ratingScale: asksRating ? (await ratingScalesOf(tenant, [survey.touchPointId])).get(survey.touchPointId)! : null,
    staff: asksStaff ? await staffOfTeam(tenant, survey.ownerTeamId) : [],
  };
}

/**
 * Stores one response as survey feedback. Refused when the link is closed, when this address
 * has sent too many through the link lately, or when a required answer is missing. A filled
 * honeypot gets the same "thank you" and nothing is stored, so a bot learns nothing.
 */
export async function submitSurveyResponse(db: Database, input: SurveySubmission & { ip: string | null }) {
  const { tenant, survey, open } = await surveyOfLink(db, input);
  if (!open) throw new ConflictError(CLOSED_MESSAGE);

  const rate = await submissions.take(db, `${tenant.orgId}:${survey.id}:${input.ip ?? "unknown"}`);
  if (!rate.allowed) {
    const minutes = Math.ceil(rate.retryAfterSeconds / 60);
    throw new TooManyRequestsError(
      `We have received several responses from your connection in the last few minutes. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      rate.retryAfterSeconds,
    );
  }
  if (input.website?.trim()) return { received: true };

  const answers = answersToStore(survey.questions, input.answers);
  const outOfScale = ratingRangeIssue(answers.rating, (await ratingScalesOf(tenant, [survey.touchPointId])).get(survey.touchPointId)!);
  if (outOfScale) throw new ValidationError(outOfScale, "answers.rating");
  const staffId = await chosenStaff(tenant, survey, input.staffId);
  await tenant.transaction(async (tenantTx) => {
    // Counted first, and only while still open: a link closed a moment ago takes nothing more.
    const increment = sql<number>`${surveys.responseCount} + 1` as unknown as number;
    const counted = await tenantTx
      .update(surveys, { responseCount: increment }, and(eq(surveys.id, survey.id), eq(surveys.status, "open"))!)
      .returning({ id: surveys.id });
    if (counted.length !== 1) throw new ConflictError(CLOSED_MESSAGE);
    await ingestFeedback(
      tenantTx,
      [{ touchPointId: survey.touchPointId, channel: survey.channel, staffId, ...answers, occurredAt: new Date() }],
      { source: "survey", analyse: await analyserForOrg(tenantTx) },
    );
  });
  return { received: true };
}

type Answers = SurveySubmission["answers"];
type Question = { kind: string; required: boolean };

/** Only what the survey asked is kept; a required question left out is refused by name. */
function answersToStore(questions: Question[], given: Answers) {
  const kept: Partial<Record<(typeof ANSWER_FIELD)[keyof typeof ANSWER_FIELD], number | string>> = {};
  for (const question of questions) {
    if (question.kind === "staff") continue;
    const field = ANSWER_FIELD[question.kind as keyof typeof ANSWER_FIELD];
    const value = given[field];
    const answered = value !== null && value !== undefined && value !== "";
    if (answered) kept[field] = value;
    else if (question.required) {
      throw new ValidationError(question.kind === "comment" ? "Please tell us about your visit" : "Please choose a score", `answers.${field}`);
    }
  }
  if (Object.keys(kept).length === 0) throw new ValidationError("Answer at least one question", "answers");
  return kept as { npsScore?: number; csatScore?: number; cesScore?: number; rating?: number; comment?: string };
}

async function chosenStaff(tenant: TenantDb, survey: { questions: Question[]; ownerTeamId: string | null }, staffId: string | null | undefined) {
  if (!staffId || !survey.questions.some((q) => q.kind === "staff")) return null;
  const staff = await staffOfTeam(tenant, survey.ownerTeamId);
  if (!staff.some((person) => person.id === staffId)) throw new ValidationError("Choose a name from the list", "staffId");
  return staffId;
}
