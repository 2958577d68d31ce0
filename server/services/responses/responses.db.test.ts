import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type FeedbackItem } from "@/server/services/feedback/ingest";
import { analyseComment } from "@/server/services/text/analyse";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { orgWithTwoTouchPoints } from "@/server/testing/two-touch-points";

let testDb: TestDb;
let org: OrgFixture;
let frontDesk: string;
let backOffice: string;

const at = (day: string) => new Date(`${day}T10:00:00Z`);

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Responses");
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  frontDesk = (await director.touchPoints.create({ stageId, name: "Front desk", channel: "in_person", ownerTeamId: org.teamId })).id;
  backOffice = (await director.touchPoints.create({ stageId, name: "Billing", channel: "phone", ownerTeamId: org.otherTeamId })).id;

  const item = (touchPointId: string, staffId: string | null, comment: string, day: string, extra: Partial<FeedbackItem> = {}): FeedbackItem => ({
    touchPointId,
    channel: "in_person",
    staffId,
    customerRef: `cust-${comment.slice(0, 12)}`,
    csatScore: 4,
    comment,
    occurredAt: at(day),
    ...extra,
  });
  await ingestFeedback(
    tenantDb(testDb.db, org.orgId),
    [
      item(frontDesk, org.frontline.id, "Lovely welcome, thank you", "2026-11-01"),
      item(frontDesk, null, "Waited 50% longer, awful queue", "2026-11-02", { csatScore: 2 }),
      item(backOffice, org.outsider.id, "Billing was a mess and rude", "2026-11-03", { csatScore: 1 }),
      // About the lead's frontline person, at a touch point of the other team.
      item(backOffice, org.frontline.id, "The agent sorted my bill", "2026-11-04"),
    ],
    { source: "api", analyse: analyseComment },
  );
});

afterAll(async () => {
  await testDb?.close();
});

const commentsOf = (result: { rows: { comment: string | null }[] }) => result.rows.map((row) => row.comment);

describe("the responses list", () => {
  it("shows a director every response, newest first, with the customer reference", async () => {
    const result = await (await callerAs(testDb.db, org.director)).responses.list();
    expect(commentsOf(result)).toEqual([
      "The agent sorted my bill",
      "Billing was a mess and rude",
      "Waited 50% longer, awful queue",
      "Lovely welcome, thank you",
    ]);
    expect(result.total).toBe(4);
    expect(result.rows[0]).toMatchObject({ touchPointName: "Billing", staffName: org.frontline.name, customerRef: "cust-The agent so" });
    expect(result.rows[1]!.sentimentLabel).toBe("negative");
  });

  it("shows a team lead their team's touch points and their people, not the other team's", async () => {
    const result = await (await callerAs(testDb.db, org.lead)).responses.list();
    expect(commentsOf(result)).toEqual(["The agent sorted my bill", "Waited 50% longer, awful queue", "Lovely welcome, thank you"]);
    expect(result.options.staff.map((s) => s.id).sort()).toEqual([org.lead.id, org.frontline.id].sort());
  });

  it("shows frontline staff only what was said about them, without customer references", async () => {
    const result = await (await callerAs(testDb.db, org.frontline)).responses.list();
    expect(commentsOf(result)).toEqual(["The agent sorted my bill", "Lovely welcome, thank you"]);
    expect(result.rows.every((row) => row.customerRef === null)).toBe(true);
    expect(result.options.staff).toEqual([]);
    const outsider = await (await callerAs(testDb.db, org.outsider)).responses.list({ staffId: org.frontline.id });
    expect(outsider.rows).toEqual([]);
  });

  it("searches comments literally and filters by touch point, sentiment and dates", async () => {
    const director = await callerAs(testDb.db, org.director);
    expect(commentsOf(await director.responses.list({ search: "50%" }))).toEqual(["Waited 50% longer, awful queue"]);
    expect(commentsOf(await director.responses.list({ search: "%" }))).toEqual(["Waited 50% longer, awful queue"]);
    expect(commentsOf(await director.responses.list({ touchPointId: frontDesk, sentiment: "positive" }))).toEqual(["Lovely welcome, thank you"]);
    expect(commentsOf(await director.responses.list({ from: "2026-11-02", to: "2026-11-03" }))).toEqual([
      "Billing was a mess and rude",
      "Waited 50% longer, awful queue",
    ]);
  });

  it("filters by a theme the comment was tagged with, within what the caller may read", async () => {
    const director = await callerAs(testDb.db, org.director);
    const queues = await director.responses.list({ theme: "queues" });
    expect(commentsOf(queues)).toEqual(["Waited 50% longer, awful queue"]);
    expect(queues.total).toBe(1);
    expect(commentsOf(await director.responses.list({ theme: "staff attitude" }))).toEqual([
      "The agent sorted my bill",
      "Billing was a mess and rude",
    ]);
    // Theme names are matched exactly, as stored on the comment.
    expect((await director.responses.list({ theme: "Queues" })).rows).toEqual([]);
    const frontline = await callerAs(testDb.db, org.frontline);
    expect(commentsOf(await frontline.responses.list({ theme: "staff attitude" }))).toEqual(["The agent sorted my bill"]);
    await expect(director.responses.list({ theme: " " })).rejects.toThrow("Theme is required");
  });

  it("pages with a total", async () => {
    const director = await callerAs(testDb.db, org.director);
    const second = await director.responses.list({ page: 2, pageSize: 3 });
    expect(second.total).toBe(4);
    expect(commentsOf(second)).toEqual(["Lovely welcome, thank you"]);
  });

  it("keeps only responses with a comment when asked, counting only those", async () => {
    // An organisation of its own, so the other tests' lists stay as they are.
    const { org: other, tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Comments");
    const scored = (rating: number, comment: string | null, day: string): FeedbackItem => ({
      touchPointId: touchPointIds[0]!,
      channel: "in_person",
      rating,
      comment,
      occurredAt: at(day),
    });
    await ingestFeedback(tenant, [scored(5, null, "2026-11-06"), scored(2, "Slow check-in", "2026-11-07"), scored(4, null, "2026-11-08")], {
      source: "api",
      analyse: analyseComment,
    });
    const director = await callerAs(testDb.db, other.director);
    expect((await director.responses.list()).total).toBe(3);
    const withComment = await director.responses.list({ withComment: true });
    expect(commentsOf(withComment)).toEqual(["Slow check-in"]);
    expect(withComment.total).toBe(1);
  });

  it("says clearly when the dates are the wrong way round", async () => {
    const director = await callerAs(testDb.db, org.director);
    await expect(director.responses.list({ from: "2026-11-05", to: "2026-11-01" })).rejects.toThrow("From must not be after To");
  });
});

describe("the responses count", () => {
  it("equals the number of rows each role may read, with every filter the daily totals answer", async () => {
    const filtersToTry = [
      {},
      { touchPointId: frontDesk },
      { staffId: org.frontline.id },
      { from: "2026-11-02", to: "2026-11-03" },
      { sentiment: "negative" as const },
      { withComment: true },
      { touchPointId: backOffice, from: "2026-11-04", to: "2026-11-04" },
    ];
    for (const user of [org.director, org.lead, org.frontline, org.outsider]) {
      const caller = await callerAs(testDb.db, user);
      for (const filters of filtersToTry) {
        const result = await caller.responses.list({ ...filters, pageSize: 100 });
        expect(result.total, `${user.name} ${JSON.stringify(filters)}`).toBe(result.rows.length);
        expect(result.totalIsAtLeast).toBe(false);
      }
    }
  });

  it("counts a search, a theme or a source by reading the matching responses", async () => {
    const director = await callerAs(testDb.db, org.director);
    const search = await director.responses.list({ search: "bill" });
    expect(search.total).toBe(2);
    expect(search.totalIsAtLeast).toBe(false);
    const lead = await callerAs(testDb.db, org.lead);
    expect((await lead.responses.list({ source: "api" })).total).toBe(3);
  });
});
