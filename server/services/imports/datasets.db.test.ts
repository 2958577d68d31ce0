import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq, isNotNull } from "drizzle-orm";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback, kpis, touchPoints, users } from "@/db/schema";
import { datasetsDir } from "@/db/seed/skyward";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { signUp } from "@/server/services/organization/sign-up";
import type { Scope } from "@/server/services/scope";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { headerSignature } from "@/lib/import/new-touch-points";
import { importCsvFile } from "./import-file";
import { savedMapping, saveMapping } from "./saved-mappings";

const DIR = datasetsDir();
const present = existsSync(path.join(DIR, "british-airways-reviews.csv"));
if (!present) console.warn(`datasets.db.test.ts: skipped, ${DIR} is not there (the shared datasets folder is absent)`);

/** Records per file: a realistic slice, so the test runs in seconds on PGlite. */
const SLICE = 300;
const FIXED = { defaultOccurredAt: "2026-11-02T12:00:00Z" };
type Row = Record<string, string>;

/** The first SLICE records of a dataset, re-written to a temporary file, and the same records parsed without the import code. */
function slice(file: string, dir: string): { filePath: string; rows: Row[] } {
  const parsed = Papa.parse<Row>(readFileSync(path.join(DIR, file), "utf8"), { header: true, skipEmptyLines: true });
  const rows = parsed.data.slice(0, SLICE);
  const filePath = path.join(dir, file);
  writeFileSync(filePath, Papa.unparse(rows, { newline: "\r\n" }));
  return { filePath, rows };
}

const filled = (value: string | undefined) => (value ?? "").trim() !== "";
/** "0" and "N/A" are not applicable: no response. */
const applicable = (value: string | undefined) => filled(value) && !["0", "n/a"].includes(value!.trim().toLowerCase());

describe.skipIf(!present)("importing the shared datasets into a new organisation, accepting the guess", () => {
  let testDb: TestDb;
  let tmp: string;
  let n = 0;

  /** A new organisation from sign-up, and its director. */
  async function newOrganisation(): Promise<{ tenant: TenantDb; director: Scope }> {
    n += 1;
    const { orgId } = await signUp(testDb.db, { orgName: `Importer ${n}`, name: "Dana Director", email: `dana${n}@importer.example`, password: "correct horse battery staple 42", timeZone: "UTC", themePreset: "airline" });
    const tenant = tenantDb(testDb.db, orgId);
    const [director] = await tenant.selectFields({ id: users.id }, users);
    return { tenant, director: { orgId, userId: director!.id, role: "director", teamIds: [], leadTeamIds: [] } };
  }

  const countAt = async (tenant: TenantDb, name: string, withRating = true) => {
    const [tp] = await tenant.selectFields({ id: touchPoints.id }, touchPoints, eq(touchPoints.name, name));
    if (!tp) return -1;
    const [row] = await tenant.selectFields({ n: count() }, feedback, and(eq(feedback.touchPointId, tp.id), withRating ? isNotNull(feedback.rating) : undefined));
    return row!.n;
  };
  const scaleOf = async (tenant: TenantDb, name: string) => {
    const [row] = await tenant
      .selectFields({ min: kpis.scaleMin, max: kpis.scaleMax, topBoxFrom: kpis.topBoxFrom }, kpis, eq(kpis.kind, "rating"))
      .innerJoin(touchPoints, tenant.joinOn(touchPoints, and(eq(touchPoints.id, kpis.touchPointId), eq(touchPoints.name, name))!));
    return row;
  };

  beforeAll(async () => {
    testDb = await createTestDb();
    tmp = mkdtempSync(path.join(os.tmpdir(), "import-datasets-"));
  });
  afterAll(async () => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    await testDb?.close();
  });

  it("stores British Airways reviews with their overall 1-10 rating, comment and every 1-5 sub-rating", async () => {
    const { tenant, director } = await newOrganisation();
    const { filePath, rows } = slice("british-airways-reviews.csv", tmp);
    const result = await importCsvFile(tenant, director, { filePath, rowOptions: () => FIXED });
    const subRatings: Record<string, string> = {
      SeatComfort: "Seat comfort",
      CabinStaffService: "Cabin staff service",
      GroundService: "Ground service",
      ValueForMoney: "Value for money",
      "Food&Beverages": "Food & beverages",
      InflightEntertainment: "Inflight entertainment",
      "Wifi&Connectivity": "Wifi & connectivity",
    };
    const expectedSub = Object.fromEntries(Object.entries(subRatings).map(([column, name]) => [name, rows.filter((r) => applicable(r[column])).length]));
    const overall = rows.filter((r) => filled(r.OverallRating) || filled(r.ReviewBody)).length;
    expect(result.rejects).toEqual([]);
    expect(result.stored).toBe(overall + Object.values(expectedSub).reduce((a, b) => a + b, 0));
    expect(await countAt(tenant, "Overall experience")).toBe(rows.filter((r) => filled(r.OverallRating)).length);
    for (const [name, expected] of Object.entries(expectedSub)) expect(await countAt(tenant, name), name).toBe(expected);
    expect(await scaleOf(tenant, "Overall experience")).toEqual({ min: 1, max: 10, topBoxFrom: 9 });
    expect(await scaleOf(tenant, "Seat comfort")).toEqual({ min: 1, max: 5, topBoxFrom: 4 });
    // Ratings of 10 are kept on their own scale, and every review's text is stored and dated as written.
    const tens = rows.filter((r) => r.OverallRating?.trim() === "10").length;
    expect(tens).toBeGreaterThan(0);
    expect((await tenant.selectFields({ n: count() }, feedback, eq(feedback.rating, 10)))[0]!.n).toBe(tens);
    expect((await tenant.selectFields({ n: count() }, feedback, isNotNull(feedback.comment)))[0]!.n).toBe(rows.filter((r) => filled(r.ReviewBody)).length);
    const [first] = await tenant.selectFields({ occurredAt: feedback.occurredAt, sentiment: feedback.sentiment }, feedback, eq(feedback.comment, rows[0]!.ReviewBody!.trim()));
    expect(first!.occurredAt.toISOString()).toBe("2023-11-19T00:00:00.000Z");
    expect(first!.sentiment).not.toBeNull();
  });

  it("stores the airline survey as several ratings per row on fourteen new 1-5 touch points, 0 meaning not applicable", async () => {
    const { tenant, director } = await newOrganisation();
    const { filePath, rows } = slice("airline-passenger-satisfaction.csv", tmp);
    const result = await importCsvFile(tenant, director, { filePath, rowOptions: () => FIXED });
    const ratingColumns = Object.keys(rows[0]!).slice(7, 21);
    expect(ratingColumns).toHaveLength(14);
    expect(result.rejects).toEqual([]);
    expect(result.stored).toBe(rows.reduce((sum, r) => sum + ratingColumns.filter((c) => applicable(r[c])).length, 0));
    expect(await scaleOf(tenant, "Inflight wifi service")).toEqual({ min: 1, max: 5, topBoxFrom: 4 });
  });

  it("stores the labelled tweets with their text, label and date, and the complaints with their narrative, rejecting those without one", async () => {
    const tweets = await newOrganisation();
    const t = slice("airline-tweets-labelled.csv", tmp);
    const tweetResult = await importCsvFile(tweets.tenant, tweets.director, { filePath: t.filePath, rowOptions: () => FIXED });
    expect(tweetResult.rejects).toEqual([]);
    expect(tweetResult.stored).toBe(t.rows.filter((r) => filled(r.text)).length);
    expect((await tweets.tenant.selectFields({ n: count() }, feedback, isNotNull(feedback.sentimentLabel)))[0]!.n).toBe(tweetResult.stored);

    const complaints = await newOrganisation();
    const c = slice("consumer-complaints-sample.csv", tmp);
    const complaintResult = await importCsvFile(complaints.tenant, complaints.director, { filePath: c.filePath, rowOptions: () => FIXED });
    const narrative = (r: Row) => (r["Consumer complaint narrative"] ?? "").trim();
    const narratives = c.rows.filter((r) => filled(narrative(r)) && narrative(r).length <= 10_000).length;
    // A narrative over the 10,000 characters a comment may have is refused, saying so, never cut.
    const tooLong = c.rows.filter((r) => narrative(r).length > 10_000).map((r) => `Column 'Consumer complaint narrative': ${narrative(r).length.toLocaleString("en-GB")} characters, over the 10,000 a comment may have`);
    expect(complaintResult.rejects.filter((r) => !r.reason.startsWith("Nothing to store")).map((r) => r.reason)).toEqual(tooLong);
    expect(complaintResult.stored).toBe(narratives);
    expect(complaintResult.rejected).toBe(c.rows.length - narratives);
    expect(complaintResult.rejects[0]!.reason).toBe("Nothing to store: Column 'Consumer complaint narrative' is empty (or not applicable)");
    expect(await countAt(complaints.tenant, "Consumer complaints sample", false)).toBe(narratives);
  });

  it("stores a Windows-1252 file with the right characters", async () => {
    const { tenant, director } = await newOrganisation();
    const text = "Date,City,Rating,Comment\r\n2026-11-01,Montréal,4,Paid €50 for a café crème\r\n2026-11-02,Zürich,5,Très bien\r\n";
    const filePath = path.join(tmp, "windows-1252.csv");
    writeFileSync(filePath, Buffer.from(text.replace(/€/g, "\x80"), "latin1"));
    const result = await importCsvFile(tenant, director, { filePath, rowOptions: () => FIXED });
    expect(result).toMatchObject({ stored: 2, rejected: 0 });
    const stored = await tenant.selectFields({ comment: feedback.comment, segment: feedback.segment }, feedback).orderBy(feedback.occurredAt);
    expect(stored).toEqual([
      { comment: "Paid €50 for a café crème", segment: { City: "Montréal" } },
      { comment: "Très bien", segment: { City: "Zürich" } },
    ]);
  });

  it("keeps the mapping of a file's columns for the next file with the same headers", async () => {
    const { tenant, director } = await newOrganisation();
    const header = ["ReviewID", "OverallRating", "ReviewBody"];
    const signature = headerSignature(header);
    expect(headerSignature(["review id", "Overall Rating", "review_body"])).toBe(signature);
    expect(await savedMapping(tenant, director, { headerSignature: signature })).toBeNull();
    const mapping = { shape: "response", columns: [{ kind: "ignore" }, { kind: "rating", scale: { min: 1, max: 10 } }, { kind: "comment" }] };
    await saveMapping(tenant, director, { headerSignature: signature, fileName: "reviews-2023.csv", shape: "response", mapping });
    await saveMapping(tenant, director, { headerSignature: signature, fileName: "reviews-2024.csv", shape: "response", mapping });
    expect(await savedMapping(tenant, director, { headerSignature: signature })).toEqual({ shape: "response", mapping, fileName: "reviews-2024.csv", savedAt: expect.any(Date), savedBy: "Dana Director" });
    const other = await newOrganisation();
    expect(await savedMapping(other.tenant, other.director, { headerSignature: signature })).toBeNull();
  });
});
