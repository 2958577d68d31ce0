import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { feedback, feedbackDailyRollups, kpis, surveys } from "@/db/schema";
import { fieldErrorsOf } from "@/server/api/errors";
import { createCaller } from "@/server/api/root";
import { tenantDb } from "@/server/db/tenant-db";
import type { KpiKind } from "@/lib/domain/kpis";
import { KPI_DEFAULTS } from "@/lib/schemas/kpis";
import { analyseComment } from "@/server/services/text/analyse";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { resetSurveyRateLimits, SUBMISSION_LIMIT } from "./public";

let testDb: TestDb;
let org: OrgFixture;
let other: OrgFixture;
beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Survey");
  other = await createOrgFixture(testDb.db, "Other");
});
afterAll(() => testDb.close());
beforeEach(() => resetSurveyRateLimits(testDb.db));

const director = () => callerAs(testDb.db, org.director);
const customer = (ip = "198.51.100.20") => createCaller({ db: testDb.db, session: null, ip });

let unique = 0;

/** A touch point owned by the fixture's front desk team, with KPIs of the given kinds. */
async function touchPointWith(kinds: KpiKind[], name = "Check-in") {
  const caller = await director();
  const { id: journeyId } = await caller.journeys.create({ name: `Stay ${++unique}`, status: "active" });
  const { id: stageId } = await caller.journeys.addStage({ journeyId, name: "Arrive" });
  const { id: touchPointId } = await caller.touchPoints.create({ stageId, name, channel: "in_person", ownerTeamId: org.teamId });
  for (const kind of kinds) {
    const d = KPI_DEFAULTS[kind];
    await caller.kpis.create({ touchPointId, kind, name: d.name, unit: d.unit, direction: d.direction, target: d.target, warningThreshold: d.warningThreshold, minSampleSize: 30 });
  }
  return touchPointId;
}

async function linkFor(kinds: KpiKind[], options = { includeComment: true, includeStaff: true }) {
  const touchPointId = await touchPointWith(kinds);
  const created = await (await director()).surveys.create({ touchPointId, ...options });
  const [, , orgId, token] = created.path.split("/");
  return { touchPointId, surveyId: created.id, link: { orgId: orgId!, token: token! } };
}

async function failure(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("the call succeeded");
}

const tenant = () => tenantDb(testDb.db, org.orgId);
const feedbackOf = (touchPointId: string) => tenant().select(feedback, eq(feedback.touchPointId, touchPointId));
const responseCount = async (surveyId: string) =>
  (await tenant().selectFields({ n: surveys.responseCount }, surveys, eq(surveys.id, surveyId)))[0]!.n;

describe("survey links", () => {
  it("asks one question per survey KPI of the touch point, naming it, then the comment and who served", async () => {
    const { link } = await linkFor(["rating", "operational", "nps", "ces", "csat", "csat"]);
    const form = await customer().surveys.publicForm(link);
    expect(form.status).toBe("open");
    expect(form.orgName).toBe(org.orgName);
    expect(form.touchPointName).toBe("Check-in");
    expect(form.questions.map((q) => [q.kind, q.required])).toEqual([
      ["nps", true],
      ["csat", true],
      ["ces", true],
      ["rating", true],
      ["comment", false],
      ["staff", false],
    ]);
    expect(form.questions.find((q) => q.kind === "rating")?.prompt).toBe("How would you rate check-in today?");
    expect(form.questions.filter((q) => q.kind !== "comment" && q.kind !== "staff").every((q) => /check-in/i.test(q.prompt))).toBe(true);
    // The owning team's active members by first name and initial; the other team's member is not offered.
    expect(form.staff.map((s) => s.label).sort()).toEqual(["Survey A.", "Survey L."]);
    expect(form.staff.map((s) => s.id).sort()).toEqual([org.frontline.id, org.lead.id].sort());
  });

  it("leaves out what the director unticks, and needs the comment when no KPI asks a score", async () => {
    const { link } = await linkFor(["csat"], { includeComment: false, includeStaff: false });
    expect((await customer().surveys.publicForm(link)).questions.map((q) => q.kind)).toEqual(["csat"]);

    const bare = await touchPointWith(["operational"]);
    const refused = await failure((await director()).surveys.create({ touchPointId: bare, includeComment: false, includeStaff: false }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrorsOf(refused.cause) ?? {})).toEqual(["includeComment"]);
    await (await director()).surveys.create({ touchPointId: bare, includeComment: true, includeStaff: false });
    const [row] = await tenant().select(surveys, eq(surveys.touchPointId, bare));
    expect(row!.questions).toEqual([{ kind: "comment", prompt: expect.stringContaining("check-in"), required: true }]);
  });

  it("gives a touch point one link", async () => {
    const { touchPointId } = await linkFor(["csat"]);
    const again = await failure((await director()).surveys.create({ touchPointId, includeComment: true, includeStaff: false }));
    expect(again.code).toBe("CONFLICT");
  });

  it("stores a response as survey feedback with its scores, staff member and comment sentiment, and counts it", async () => {
    const { link, touchPointId, surveyId } = await linkFor(["nps", "csat", "ces", "rating"]);
    const comment = "The agent was wonderful, friendly and quick. Thank you!";
    await customer().surveys.submit({
      ...link,
      answers: { npsScore: 9, csatScore: 5, cesScore: 6, rating: 4, comment },
      staffId: org.frontline.id,
      website: "",
    });

    const [stored, ...more] = await feedbackOf(touchPointId);
    expect(more).toHaveLength(0);
    expect(stored).toMatchObject({
      source: "survey",
      channel: "in_person",
      staffId: org.frontline.id,
      npsScore: 9,
      csatScore: 5,
      cesScore: 6,
      rating: 4,
      comment,
      sentimentLabel: analyseComment(comment).sentimentLabel,
    });
    expect(stored!.sentimentLabel).toBe("positive");
    expect(Math.abs(Date.now() - stored!.occurredAt.getTime())).toBeLessThan(60_000);
    expect(await responseCount(surveyId)).toBe(1);

    // The dashboards' rollup for that day and person took the response in.
    const rollups = await tenant().select(feedbackDailyRollups, eq(feedbackDailyRollups.touchPointId, touchPointId));
    expect(rollups).toHaveLength(1);
    expect(rollups[0]).toMatchObject({
      staffId: org.frontline.id,
      day: stored!.occurredAt.toISOString().slice(0, 10),
      responses: 1,
      npsN: 1,
      npsPassives: 0,
      npsPromoters: 1,
      csatN: 1,
      csatSum: 5,
      cesN: 1,
      cesSum: 6,
      ratingN: 1,
      ratingSum: 4,
      commentsN: 1,
      positiveN: 1,
    });

    const list = await (await director()).surveys.list();
    const row = list.flatMap((j) => j.touchPoints).find((tp) => tp.touchPointId === touchPointId);
    expect(row?.survey).toMatchObject({ id: surveyId, status: "open", responseCount: 1 });
    expect(row?.survey?.lastResponseAt).toBeInstanceOf(Date);
  });

  it("names the question a required answer is missing from, and stores nothing", async () => {
    const { link, touchPointId } = await linkFor(["nps", "csat"]);
    const refused = await failure(customer().surveys.submit({ ...link, answers: { csatScore: 3 } }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrorsOf(refused.cause) ?? {})).toEqual(["answers.npsScore"]);
    const outOfRange = await failure(customer().surveys.submit({ ...link, answers: { npsScore: 11, csatScore: 3 } }));
    expect(Object.keys(fieldErrorsOf(outOfRange.cause) ?? {})).toEqual(["answers.npsScore"]);
    expect(await feedbackOf(touchPointId)).toHaveLength(0);
  });

  it("asks a rating on its KPI's scale and refuses an answer outside it, naming the value and the range", async () => {
    const { link, touchPointId } = await linkFor(["rating"]);
    const [kpi] = await tenant().select(kpis, eq(kpis.touchPointId, touchPointId));
    const d = KPI_DEFAULTS.rating;
    await (await director()).kpis.update({
      kpiId: kpi!.id,
      kind: "rating",
      name: d.name,
      unit: "/10",
      direction: d.direction,
      target: 8,
      warningThreshold: 6,
      minSampleSize: 30,
      scaleMin: 0,
      scaleMax: 10,
      scaleMaxLabel: "Superb",
      topBoxFrom: 9,
    });
    expect((await customer().surveys.publicForm(link)).ratingScale).toMatchObject({ scaleMin: 0, scaleMax: 10, scaleMaxLabel: "Superb", topBoxFrom: 9 });
    const refused = await failure(customer().surveys.submit({ ...link, answers: { rating: 11 } }));
    expect(fieldErrorsOf(refused.cause)).toEqual({ "answers.rating": ["rating 11 is outside the touch point's rating scale 0-10"] });
    await customer().surveys.submit({ ...link, answers: { rating: 0 } });
    expect((await feedbackOf(touchPointId)).map((row) => row.rating)).toEqual([0]);
  });

  it("refuses a staff member outside the touch point's owning team", async () => {
    const { link, touchPointId } = await linkFor(["csat"]);
    for (const staffId of [org.outsider.id, other.frontline.id, org.director.id]) {
      const refused = await failure(customer().surveys.submit({ ...link, answers: { csatScore: 4 }, staffId }));
      expect(refused.code, staffId).toBe("BAD_REQUEST");
      expect(Object.keys(fieldErrorsOf(refused.cause) ?? {})).toEqual(["staffId"]);
    }
    expect(await feedbackOf(touchPointId)).toHaveLength(0);
  });

  it("says a closed link is closed, refuses answers with that message, and takes them again once reopened", async () => {
    const { link, touchPointId, surveyId } = await linkFor(["csat"]);
    await (await director()).surveys.close({ surveyId });
    const form = await customer().surveys.publicForm(link);
    expect(form).toMatchObject({ status: "closed", questions: [], staff: [] });
    const refused = await failure(customer().surveys.submit({ ...link, answers: { csatScore: 2 } }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe("This survey is closed");
    expect(await feedbackOf(touchPointId)).toHaveLength(0);

    await (await director()).surveys.reopen({ surveyId });
    await customer().surveys.submit({ ...link, answers: { csatScore: 2 } });
    expect(await feedbackOf(touchPointId)).toHaveLength(1);
  });

  it("closes the link of an archived touch point", async () => {
    const { link, touchPointId } = await linkFor(["csat"]);
    await (await director()).touchPoints.archive({ touchPointId });
    expect((await customer().surveys.publicForm(link)).status).toBe("closed");
    expect((await failure(customer().surveys.submit({ ...link, answers: { csatScore: 5 } }))).code).toBe("CONFLICT");
  });

  it("stops the old link when the director makes a new one", async () => {
    const { link, touchPointId, surveyId } = await linkFor(["csat"]);
    const renewed = await (await director()).surveys.regenerate({ surveyId });
    const [, , orgId, token] = renewed.path.split("/");
    expect(token).not.toBe(link.token);
    expect((await failure(customer().surveys.publicForm(link))).code).toBe("NOT_FOUND");
    expect((await failure(customer().surveys.submit({ ...link, answers: { csatScore: 4 } }))).code).toBe("NOT_FOUND");
    await customer().surveys.submit({ orgId: orgId!, token: token!, answers: { csatScore: 4 } });
    expect(await feedbackOf(touchPointId)).toHaveLength(1);
  });

  it("answers a filled honeypot with thanks and stores nothing", async () => {
    const { link, touchPointId, surveyId } = await linkFor(["csat"]);
    const answer = await customer().surveys.submit({ ...link, answers: { csatScore: 1, comment: "Buy cheap watches" }, website: "https://spam.example" });
    expect(answer).toEqual({ received: true });
    expect(await feedbackOf(touchPointId)).toHaveLength(0);
    expect(await responseCount(surveyId)).toBe(0);
  });

  it("limits the responses one address sends through a link, not other addresses", async () => {
    const { link, touchPointId, surveyId } = await linkFor(["csat"]);
    for (let i = 0; i < SUBMISSION_LIMIT.submissions; i++) {
      await customer("203.0.113.5").surveys.submit({ ...link, answers: { csatScore: 5 } });
    }
    const refused = await failure(customer("203.0.113.5").surveys.submit({ ...link, answers: { csatScore: 5 } }));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.message).toMatch(/try again in 10 minutes/);
    await customer("203.0.113.6").surveys.submit({ ...link, answers: { csatScore: 5 } });
    expect(await feedbackOf(touchPointId)).toHaveLength(SUBMISSION_LIMIT.submissions + 1);
    expect(await responseCount(surveyId)).toBe(SUBMISSION_LIMIT.submissions + 1);
  });

  it("reads a malformed or foreign link as not found", async () => {
    const { link } = await linkFor(["csat"]);
    const broken = [
      { orgId: "not-a-uuid", token: link.token },
      { orgId: link.orgId, token: "short" },
      { orgId: link.orgId, token: `${link.token.slice(0, -1)}!` },
      { orgId: link.orgId, token: "" },
      { orgId: other.orgId, token: link.token },
      { orgId: "00000000-0000-0000-0000-000000000000", token: link.token },
    ];
    for (const bad of broken) {
      expect((await failure(customer().surveys.publicForm(bad))).code, JSON.stringify(bad)).toBe("NOT_FOUND");
      expect((await failure(customer().surveys.submit({ ...bad, answers: { csatScore: 3 } }))).code, JSON.stringify(bad)).toBe("NOT_FOUND");
    }
  });

  it("lists every live touch point grouped by journey, with or without a link", async () => {
    const withLink = await linkFor(["csat"]);
    const withoutLink = await touchPointWith(["rating"], "Bag drop");
    const list = await (await director()).surveys.list();
    const points = list.flatMap((j) => j.touchPoints);
    expect(points.find((p) => p.touchPointId === withoutLink)).toMatchObject({ name: "Bag drop", survey: null, scoreKinds: ["rating"], ownerTeamName: "Survey Front Desk" });
    expect(points.find((p) => p.touchPointId === withLink.touchPointId)?.survey?.path).toBe(`/s/${withLink.link.orgId}/${withLink.link.token}`);
    expect(list.every((j) => j.touchPoints.every((p) => p.journeyId === j.journeyId))).toBe(true);
    expect(new Set(list.map((j) => j.journeyId)).size).toBe(list.length);
  });
});
