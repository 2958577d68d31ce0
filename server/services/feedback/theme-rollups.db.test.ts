import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback, feedbackThemeDailyRollups } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { orgWithTwoTouchPoints } from "@/server/testing/two-touch-points";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { ingestFeedback, type FeedbackItem, type TextAnalyser } from "./ingest";
import { rebuildRollups } from "./rebuild";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

type Setup = { tenant: TenantDb; touchPointIds: string[]; staff: (string | null)[] };

async function setup(): Promise<Setup> {
  const { org, tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Themes");
  return { tenant, touchPointIds, staff: [null, org.frontline.id] };
}

const THEMES = ["queue", "staff", "price"];

/*
 * Themes from the letters of the comment (a letter may name a theme twice: it must count once),
 * and sentiments such as 0.1 that a 4-byte real cannot hold exactly: the sums must still agree.
 */
const analyse: TextAnalyser = (comment) => {
  const themes = [...comment].flatMap((c) => (c.charCodeAt(0) % 4 < 3 ? [THEMES[c.charCodeAt(0) % 4]!] : []));
  if (comment.length % 4 === 0) return { sentiment: null, sentimentLabel: null, sentimentSource: null, themes, language: null };
  return { sentiment: ((comment.length % 21) - 10) / 10, sentimentLabel: (["negative", "neutral", "positive"] as const)[comment.length % 3]!, sentimentSource: "lexicon", themes, language: null };
};

const abstractItem = fc.record({
  touchPoint: fc.nat({ max: 1 }),
  staff: fc.nat({ max: 1 }),
  comment: fc.option(fc.string({ minLength: 1, maxLength: 6 }), { freq: 5 }),
  seconds: fc.integer({ min: 0, max: 4 * 86_400 - 1 }),
  idempotencyKey: fc.option(fc.constantFrom("k1", "k2", "k3"), { freq: 3 }),
});

const keyOf = (row: { touchPointId: string; staffId: string | null; theme: string; day: string }) => `${row.touchPointId}|${row.staffId}|${row.theme}|${row.day}`;
const FIGURES = ["mentions", "sentimentN", "sentimentSum", "positiveN", "neutralN", "negativeN"] as const;
type Figures = Record<(typeof FIGURES)[number], number>;

async function themeRollups(tenant: TenantDb): Promise<Map<string, Figures>> {
  const rows = await tenant.select(feedbackThemeDailyRollups);
  return new Map(rows.map((row) => [keyOf(row), Object.fromEntries(FIGURES.map((f) => [f, row[f]])) as Figures]));
}

/** The same figures straight from the stored feedback rows, one response at a time. */
async function fromRawRows(tenant: TenantDb): Promise<Map<string, Figures>> {
  const expected = new Map<string, Figures>();
  for (const row of await tenant.select(feedback)) {
    for (const theme of new Set(row.themes)) {
      const key = keyOf({ touchPointId: row.touchPointId, staffId: row.staffId, theme, day: row.occurredAt.toISOString().slice(0, 10) });
      const figures = expected.get(key) ?? { mentions: 0, sentimentN: 0, sentimentSum: 0, positiveN: 0, neutralN: 0, negativeN: 0 };
      figures.mentions += 1;
      if (row.sentiment !== null) {
        figures.sentimentN += 1;
        // The driver reads a real as its shortest decimal ("-0.9"); the stored value is the 4-byte one.
        figures.sentimentSum += Math.fround(row.sentiment);
      }
      if (row.sentimentLabel) figures[`${row.sentimentLabel}N`] += 1;
      expected.set(key, figures);
    }
  }
  return expected;
}

function expectSame(actual: Map<string, Figures>, expected: Map<string, Figures>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, figures] of expected) {
    for (const figure of FIGURES) expect(actual.get(key)![figure], `${key} ${figure}`).toBeCloseTo(figures[figure], 9);
  }
}

describe("theme rollups", () => {
  it("kept current at ingest equal the figures from raw rows, and a rebuild gives the same rows", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(abstractItem, { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), async (abstractItems, batchSize) => {
        const s = await setup();
        const items = abstractItems.map(
          ({ touchPoint, staff, seconds, ...fields }): FeedbackItem => ({
            ...fields,
            channel: "web",
            rating: 3,
            touchPointId: s.touchPointIds[touchPoint]!,
            staffId: s.staff[staff]!,
            occurredAt: new Date(Date.UTC(2026, 9, 1) + seconds * 1000),
          }),
        );
        for (let start = 0; start < items.length; start += batchSize) {
          await ingestFeedback(s.tenant, items.slice(start, start + batchSize), { source: "api", analyse });
        }
        const incremental = await themeRollups(s.tenant);
        expectSame(incremental, await fromRawRows(s.tenant));
        await rebuildRollups(s.tenant);
        expectSame(await themeRollups(s.tenant), incremental);
      }),
      { numRuns: 15 },
    );
  }, 240_000);

  it("counts a theme named twice in one comment once, with the comment's sentiment", async () => {
    const s = await setup();
    const item: FeedbackItem = { touchPointId: s.touchPointIds[0]!, channel: "web", comment: "xx", occurredAt: new Date("2026-10-02T10:00:00Z") };
    await ingestFeedback(s.tenant, [item], { source: "api", analyse: () => ({ sentiment: -0.5, sentimentLabel: "negative", sentimentSource: "lexicon", themes: ["queue", "queue"], language: null }) });
    expect(await s.tenant.select(feedbackThemeDailyRollups)).toMatchObject([
      { theme: "queue", day: "2026-10-02", mentions: 1, sentimentN: 1, sentimentSum: -0.5, negativeN: 1, positiveN: 0 },
    ]);
  });
});
