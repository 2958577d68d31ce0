import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback, feedbackCorrections } from "@/db/schema";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type FeedbackItem } from "@/server/services/feedback/ingest";
import { rebuildRollups } from "@/server/services/feedback/rebuild";
import { importCsvFile } from "@/server/services/imports/import-file";
import type { Scope } from "@/server/services/scope";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { taxonomyOf } from "@/server/services/themes/taxonomy";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { codeOf, outcomeOf } from "@/server/testing/outcome";
import { expectSameRollups, rollupSnapshot } from "@/server/testing/rollup-snapshot";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { sentimentLabelRoleFor } from "@/lib/import/sentiment-label";
import type { ColumnRole } from "@/lib/import/types";

let testDb: TestDb;
let org: OrgFixture;
let tenant: TenantDb;
let frontDesk: string;
let billing: string;
let tmp: string;
/** Response ids by their comment (or "no comment"). */
const ids: Record<string, string> = {};

const WELCOME = "Lovely welcome at the desk, thank you";
const QUEUE = "The queue at the desk was slow and the staff were rude";
const BILL = "Billing was a mess and nobody called back";

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Corrections");
  tenant = tenantDb(testDb.db, org.orgId);
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  // The lead's team owns the front desk; the other team owns billing.
  frontDesk = (await director.touchPoints.create({ stageId, name: "Front desk", channel: "in_person", ownerTeamId: org.teamId })).id;
  billing = (await director.touchPoints.create({ stageId, name: "Billing", channel: "phone", ownerTeamId: org.otherTeamId })).id;

  const item = (touchPointId: string, comment: string | null, day: string, staffId: string | null = null): FeedbackItem => ({
    touchPointId,
    channel: "in_person",
    staffId,
    csatScore: 3,
    comment,
    segment: { Class: comment && comment.length % 2 ? "Business" : "Eco" },
    occurredAt: new Date(`${day}T10:00:00Z`),
  });
  const items = [item(frontDesk, WELCOME, "2026-11-01"), item(frontDesk, QUEUE, "2026-11-02", org.frontline.id), item(billing, BILL, "2026-11-02", org.outsider.id), item(frontDesk, null, "2026-11-03")];
  const results = await ingestFeedback(tenant, items, { source: "api", analyse: await analyserForOrg(tenant) });
  results.forEach((result, i) => (ids[items[i]!.comment ?? "no comment"] = result.id));
  tmp = mkdtempSync(path.join(os.tmpdir(), "corrections-db-test-"));
});

afterAll(async () => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  await testDb?.close();
});

const stored = async (id: string) => (await tenant.select(feedback, eq(feedback.id, id)))[0]!;
const correctionsOf = async (id: string) =>
  tenant.select(feedbackCorrections, eq(feedbackCorrections.feedbackId, id)).orderBy(asc(feedbackCorrections.createdAt), asc(feedbackCorrections.id));

describe("correcting a response", () => {
  it("lets a team lead correct the label of a response at their team's touch point, keeping who, when, before and after", async () => {
    const before = await stored(ids[WELCOME]!);
    expect(before.sentimentSource).toBe("lexicon");
    const label = before.sentimentLabel === "negative" ? "positive" : "negative";
    const lead = await callerAs(testDb.db, org.lead);
    const started = Date.now();
    const result = await lead.responses.correct({ feedbackId: ids[WELCOME]!, sentimentLabel: label });
    expect(result).toMatchObject({ feedbackId: ids[WELCOME], sentimentLabel: label, sentimentSource: "label", themes: before.themes, themesCorrected: false });

    const after = await stored(ids[WELCOME]!);
    expect(after).toMatchObject({ sentimentLabel: label, sentimentSource: "label", sentiment: label === "negative" ? -1 : 1, themes: before.themes, themesCorrected: false });
    const [correction] = await correctionsOf(ids[WELCOME]!);
    expect(correction).toMatchObject({
      source: "person",
      correctedBy: org.lead.id,
      labelBefore: before.sentimentLabel,
      labelAfter: label,
      themesBefore: null,
      themesAfter: null,
    });
    expect(correction!.createdAt.getTime()).toBeGreaterThanOrEqual(started - 5_000);
    expect(correction!.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 5_000);
  });

  it("does not let a team lead correct another team's response, nor frontline staff any", async () => {
    const before = await stored(ids[BILL]!);
    const lead = await callerAs(testDb.db, org.lead);
    expect(await codeOf(lead.responses.correct({ feedbackId: ids[BILL]!, sentimentLabel: "positive" }))).toBe("NOT_FOUND");
    expect(await codeOf(lead.responses.corrections({ feedbackId: ids[BILL]! }))).toBe("NOT_FOUND");
    for (const person of [org.frontline, org.outsider]) {
      const frontline = await callerAs(testDb.db, person);
      expect(await codeOf(frontline.responses.correct({ feedbackId: ids[QUEUE]!, sentimentLabel: "positive" }))).toBe("FORBIDDEN");
      expect(await codeOf(frontline.responses.corrections({ feedbackId: ids[QUEUE]! }))).toBe("FORBIDDEN");
    }
    expect(await stored(ids[BILL]!)).toEqual(before);
    expect(await correctionsOf(ids[BILL]!)).toEqual([]);
  });

  it("lets a director correct themes from the organisation's taxonomy, and refuses a theme it does not have", async () => {
    const director = await callerAs(testDb.db, org.director);
    const names = (await taxonomyOf(tenant)).map((theme) => theme.name);
    const before = await stored(ids[BILL]!);
    const chosen = names.filter((name) => !before.themes.includes(name)).slice(0, 2);

    const refused = await outcomeOf(director.responses.correct({ feedbackId: ids[BILL]!, themes: [chosen[0]!, "Parking spaces"] }));
    expect(refused).toMatchObject({ ok: false, code: "BAD_REQUEST", fieldErrors: { themes: [expect.stringContaining('"Parking spaces" is not a theme')] } });
    expect(await stored(ids[BILL]!)).toEqual(before);

    // Names are matched ignoring case and stored as the taxonomy spells them.
    await director.responses.correct({ feedbackId: ids[BILL]!, themes: chosen.map((name) => name.toUpperCase()) });
    const after = await stored(ids[BILL]!);
    expect([...after.themes].sort()).toEqual([...chosen].sort());
    expect(after).toMatchObject({ themesCorrected: true, sentimentLabel: before.sentimentLabel, sentimentSource: before.sentimentSource, sentiment: before.sentiment });
    expect(await correctionsOf(ids[BILL]!)).toEqual([
      expect.objectContaining({ correctedBy: org.director.id, labelBefore: null, labelAfter: null, themesBefore: before.themes, themesAfter: after.themes }),
    ]);
  });

  it("refuses a label for a response without a comment, and a correction that changes nothing", async () => {
    const director = await callerAs(testDb.db, org.director);
    const noComment = await outcomeOf(director.responses.correct({ feedbackId: ids["no comment"]!, sentimentLabel: "positive" }));
    expect(noComment).toMatchObject({ ok: false, code: "BAD_REQUEST", message: expect.stringContaining("has no comment"), fieldErrors: { sentimentLabel: [expect.any(String)] } });

    const current = await stored(ids[WELCOME]!);
    const noOp = await outcomeOf(director.responses.correct({ feedbackId: ids[WELCOME]!, sentimentLabel: current.sentimentLabel! }));
    expect(noOp).toMatchObject({ ok: false, code: "BAD_REQUEST", message: expect.stringContaining("Nothing to change") });
    expect(await outcomeOf(director.responses.correct({ feedbackId: ids[WELCOME]! }))).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    expect(await correctionsOf(ids[WELCOME]!)).toHaveLength(1);
  });

  it("shows the history newest first with who made each correction, and the taxonomy to choose from", async () => {
    const director = await callerAs(testDb.db, org.director);
    const labelBefore = (await stored(ids[QUEUE]!)).sentimentLabel;
    await director.responses.correct({ feedbackId: ids[QUEUE]!, sentimentLabel: "neutral" });
    const lead = await callerAs(testDb.db, org.lead);
    await lead.responses.correct({ feedbackId: ids[QUEUE]!, sentimentLabel: "negative", themes: [] });

    const history = await lead.responses.corrections({ feedbackId: ids[QUEUE]! });
    expect(history.response).toMatchObject({ id: ids[QUEUE], comment: QUEUE, sentimentLabel: "negative", sentimentSource: "label", themes: [], themesCorrected: true });
    expect(history.corrections.map((c) => [c.correctedBy?.name, c.labelBefore, c.labelAfter])).toEqual([
      [org.lead.name, "neutral", "negative"],
      [org.director.name, labelBefore, "neutral"],
    ]);
    expect(history.corrections[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(history.corrections[1]!.createdAt.getTime());
    expect(history.themeNames).toEqual((await taxonomyOf(tenant)).map((theme) => theme.name));

    // The list shows who last corrected it.
    const list = await lead.responses.list({ search: "queue at the desk" });
    expect(list.rows[0]).toMatchObject({ sentimentSource: "label", themesCorrected: true, lastCorrection: { source: "person", byName: org.lead.name } });
  });

  it("leaves the rollups equal to a rebuild from the raw rows", async () => {
    const corrected = await rollupSnapshot(tenant);
    await rebuildRollups(tenant);
    const rebuilt = await rollupSnapshot(tenant);
    expectSameRollups(corrected, rebuilt);
  });
});

describe("labels that come with an import", () => {
  const director = (): Scope => ({ orgId: org.orgId, userId: org.director.id, role: "director", teamIds: [], leadTeamIds: [] });
  const LINES = [
    "tweet_id,airline_sentiment,text",
    "1,positive,Thanks for the upgrade and the lovely crew",
    "2,NEG,Two hours on the tarmac and not a word from anyone",
    "3,Neutral,Which terminal do you leave from",
    "4,very bad,This label is not a label",
    "5,,No label on this one but a fine flight",
  ];

  const importFile = async (name: string, lines: string[], columns?: (columns: ColumnRole[]) => ColumnRole[]) => {
    const file = path.join(tmp, name);
    writeFileSync(file, lines.join("\n") + "\n");
    return importCsvFile(tenant, director(), {
      filePath: file,
      rowOptions: () => ({ defaultOccurredAt: "2026-11-05T12:00:00Z" }),
      // The file names no touch point: every row goes to the one chosen on the page.
      adjustMapping: (mapping) => ({ ...mapping, columns: columns ? columns(mapping.columns) : mapping.columns, touchPointId: frontDesk }),
    });
  };

  it("stores each labelled comment with its label as a person's, and a correction row from the import", async () => {
    const analyse = await analyserForOrg(tenant);
    const result = await importFile("labelled.csv", LINES);
    expect(result.mapping.columns[1]).toEqual({ kind: "sentimentLabel", numbers: "words" });
    expect(result.mapping.columns[2]).toEqual({ kind: "comment" });
    expect(result.rejects.map((r) => [r.line, r.reason])).toEqual([[5, `Column 'airline_sentiment': Sentiment label "very bad" is not positive, neutral or negative`]]);
    expect(result.stored).toBe(4);

    for (const [comment, label] of [
      ["Thanks for the upgrade and the lovely crew", "positive"],
      ["Two hours on the tarmac and not a word from anyone", "negative"],
      ["Which terminal do you leave from", "neutral"],
    ] as const) {
      const [row] = await tenant.select(feedback, eq(feedback.comment, comment));
      expect(row, comment).toMatchObject({ touchPointId: frontDesk, source: "import", sentimentLabel: label, sentimentSource: "label", sentiment: { positive: 1, neutral: 0, negative: -1 }[label] });
      expect(await correctionsOf(row!.id), comment).toEqual([
        expect.objectContaining({ source: "import", correctedBy: null, labelBefore: analyse(comment).sentimentLabel, labelAfter: label, themesBefore: null, themesAfter: null }),
      ]);
    }
    const [unlabelled] = await tenant.select(feedback, eq(feedback.comment, "No label on this one but a fine flight"));
    expect(unlabelled!.sentimentSource).toBe("lexicon");
    expect(await correctionsOf(unlabelled!.id)).toEqual([]);

    const history = await (await callerAs(testDb.db, org.director)).responses.corrections({ feedbackId: (await tenant.select(feedback, eq(feedback.comment, "Thanks for the upgrade and the lovely crew")))[0]!.id });
    expect(history.corrections).toEqual([expect.objectContaining({ source: "import", correctedBy: null, labelAfter: "positive" })]);
  });

  it("stores nothing new when the same file is imported again", async () => {
    const count0 = await tenant.selectFields({ n: count() }, feedback);
    const corrections0 = await tenant.selectFields({ n: count() }, feedbackCorrections);
    const result = await importFile("labelled-again.csv", LINES);
    expect(result).toMatchObject({ stored: 0, duplicates: 4, changed: 0 });
    expect(await tenant.selectFields({ n: count() }, feedback)).toEqual(count0);
    expect(await tenant.selectFields({ n: count() }, feedbackCorrections)).toEqual(corrections0);
  });

  it("reads -1, 0 and 1 only in a column that writes -1, and refuses a bare number elsewhere", async () => {
    const signed = await importFile("signed.csv", ["sentiment,comment", "-1,Lost my bag again", "1,Great crew on the late flight", "0,Flight was on a Tuesday"]);
    expect(signed.mapping.columns[0]).toEqual({ kind: "sentimentLabel", numbers: "signed" });
    expect(signed.stored).toBe(3);
    const [lost] = await tenant.select(feedback, eq(feedback.comment, "Lost my bag again"));
    expect(lost).toMatchObject({ sentimentLabel: "negative", sentimentSource: "label" });

    // Words and a bare 1 are not guessed to be labels; a person who maps the column anyway gets words only.
    const flagLines = ["label,comment", "positive,Smooth boarding today", "1,Friendly gate agent"];
    const flags = await importFile("flags.csv", flagLines, ([, ...rest]) => [sentimentLabelRoleFor([["positive"], ["1"]], 0), ...rest]);
    expect(flags.mapping.columns[0]).toEqual({ kind: "sentimentLabel", numbers: "words" });
    expect(flags.rejects.map((r) => [r.line, r.reason])).toEqual([[3, expect.stringContaining('Sentiment label "1" is a number')]]);
  });

  it("keeps the rollups equal to a rebuild after labelled imports", async () => {
    const imported = await rollupSnapshot(tenant);
    await rebuildRollups(tenant);
    const rebuilt = await rollupSnapshot(tenant);
    expectSameRollups(imported, rebuilt);
  });
});
