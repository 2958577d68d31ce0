import { describe, expect, it } from "vitest";
import { constructPanel, staggered, type PanelSpec } from "@/server/testing/impact-panels";
import { twoWayFixedEffects } from "@/server/testing/twfe";
import { NEVER, type Panel } from "./panel";
import { estimateImpact, type ImpactEstimate } from "./stacked-did";

const SIMULATIONS = 200;
/** Fewer replicates than a page's 999 keep 200 simulations quick; the interval is the same kind. */
const REPLICATES = 399;

function estimated(result: ImpactEstimate) {
  if (result.status !== "estimated") throw new Error(`expected an estimate, got: ${result.reason}`);
  return result;
}

const typical = (seed: number, effect: number): PanelSpec => ({
  seed,
  people: 80,
  weeks: 30,
  completion: staggered(0.5, 8, 20),
  effect: () => effect,
});

function coverage(truth: number, seedBase: number) {
  let covered = 0;
  for (let s = 0; s < SIMULATIONS; s++) {
    const result = estimated(estimateImpact(constructPanel(typical(seedBase + s, truth)), { replicates: REPLICATES, seed: s + 1 }));
    if (result.low! <= truth && truth <= result.high!) covered++;
  }
  return covered;
}

/** A hand-sized panel: rows of weekly [sum, n] cells, completion columns or null. */
function smallPanel(rows: [number, number][][], completion: (number | null)[]): Panel {
  const weeks = rows[0]!.length;
  return {
    firstWeek: 0,
    weeks,
    people: rows.map((_, p) => `p${p}`),
    sum: Float64Array.from(rows.flatMap((row) => row.map(([sum]) => sum))),
    n: Float64Array.from(rows.flatMap((row) => row.map(([, n]) => n))),
    completedWeek: Int32Array.from(completion.map((c) => (c === null ? NEVER : c))),
  };
}

describe("the stacked difference in differences", () => {
  it("computes one stack by hand: (trained after - before) - (pooled comparison after - before), response-weighted", () => {
    // Windows of one week (pre = week 0, completion week 1 left out, post = week 2).
    const panel = smallPanel(
      [
        [[20, 2], [999, 1], [36, 3]], // trained: 10 before, 12 after: +2
        [[10, 1], [0, 0], [30, 2]], // comparison: 10 then 15
        [[40, 2], [0, 0], [20, 1]], // comparison: 20 then 20; pooled: (10+40)/3 = 16.67 -> (30+20)/3 = 16.67
        [[0, 5], [0, 0], [500, 5]], // completes in week 2 (inside the window): not a comparison
      ],
      [1, null, 5, 2],
    );
    const result = estimated(
      estimateImpact(panel, { pre: 1, post: 1, minResponses: 1, minTreated: 1, minControls: 1, minSideResponses: 1, replicates: 0 }),
    );
    expect(result.estimate).toBeCloseTo(2 - (50 / 3 - 50 / 3), 10);
    expect(result.counts).toEqual({
      treatedPeople: 1,
      controlPeople: 2,
      treatedResponsesPre: 2,
      treatedResponsesPost: 3,
      controlResponsesPre: 3,
      controlResponsesPost: 3,
    });
  });

  it("recovers a planted effect of +5 points (estimate within 1.5, its 95% interval covering 5)", () => {
    const result = estimated(estimateImpact(constructPanel({ ...typical(7, 5), people: 160 })));
    expect(Math.abs(result.estimate - 5)).toBeLessThan(1.5);
    expect(result.low!).toBeLessThanOrEqual(5);
    expect(result.high!).toBeGreaterThanOrEqual(5);
    expect(result.counts.treatedPeople).toBeGreaterThan(50);
    expect(result.replicates).toBe(999);
  });

  it("gives the same figures for the same seed", () => {
    const panel = constructPanel(typical(3, 5));
    expect(estimateImpact(panel, { replicates: 99 })).toEqual(estimateImpact(panel, { replicates: 99 }));
  });

  it("covers the true effect (+5) in 90-99% of 200 seeded simulations", () => {
    const covered = coverage(5, 10_000);
    expect(covered).toBeGreaterThanOrEqual(180);
    expect(covered).toBeLessThanOrEqual(198);
  });

  it("with no effect, covers 0 in 90-99% of 200 seeded simulations", () => {
    const covered = coverage(0, 20_000);
    expect(covered).toBeGreaterThanOrEqual(180);
    expect(covered).toBeLessThanOrEqual(198);
  });

  it("staggered completions with an effect growing 2 points a week: two-way fixed effects lands under 5 where the truth over 6 weeks is 7; this estimator lands within 1 of 7", () => {
    // 45% complete in week 12, 45% in week 36, 10% never: early completers' growing effect
    // contaminates TWFE's comparisons for the late ones.
    const truth = [1, 2, 3, 4, 5, 6].reduce((total, e) => total + 2 * e, 0) / 6;
    const ours: number[] = [];
    const twfe: number[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const panel = constructPanel({
        seed,
        people: 200,
        weeks: 60,
        completion: (_p, random) => {
          const u = random();
          return u < 0.45 ? 12 : u < 0.9 ? 36 : null;
        },
        effect: (e) => 2 * e,
        noiseSd: 10,
      });
      ours.push(estimated(estimateImpact(panel, { replicates: 0 })).estimate);
      twfe.push(twoWayFixedEffects(panel));
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(truth).toBe(7);
    expect(Math.abs(mean(ours) - truth)).toBeLessThan(1);
    expect(mean(twfe)).toBeLessThan(5);
    expect(truth - mean(twfe)).toBeGreaterThan(2);
  });

  it("traces a growing effect week by week in the event study, and pre weeks near 0", () => {
    const result = estimated(estimateImpact(constructPanel({ ...typical(11, 0), people: 240, effect: (e) => 2 * e }), { replicates: 199 }));
    expect(result.eventStudy.map((point) => point.week)).toEqual([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6]);
    for (const point of result.eventStudy) {
      const truth = point.week > 0 ? 2 * point.week : 0;
      expect(Math.abs(point.estimate! - truth)).toBeLessThan(3);
      expect(point.low!).toBeLessThan(point.high!);
      expect(point.people).toBeGreaterThan(0);
    }
    expect(result.preTrend?.diverges).toBe(false);
  });

  it("flags diverging pre-trends when trained people were already improving by 1 point a week", () => {
    const result = estimated(estimateImpact(constructPanel({ ...typical(5, 0), people: 160, treatedDrift: 1 })));
    expect(result.preTrend?.diverges).toBe(true);
    expect(result.preTrend!.low!).toBeGreaterThan(0);
  });

  it("says 'not enough data' with 4 trained people, naming the count and the rule", () => {
    const panel = constructPanel({ ...typical(2, 5), completion: (p) => (p < 4 ? 12 : null) });
    const result = estimateImpact(panel);
    expect(result.status).toBe("not_enough_data");
    if (result.status !== "not_enough_data") return;
    expect(result.reason).toContain("Only 4 trained people");
    expect(result.reason).toContain("at least 5");
    expect(result.counts.treatedPeople).toBe(4);
  });

  it("says 'not enough data' when everyone completes within the same weeks (no one left to compare with)", () => {
    const panel = constructPanel({ ...typical(2, 5), completion: () => 12 });
    const result = estimateImpact(panel);
    expect(result.status).toBe("not_enough_data");
    expect(result.counts.controlPeople).toBe(0);
  });

  it("says 'not enough data' when trained people answer too rarely (fewer than 10 responses a side)", () => {
    const panel = constructPanel({ ...typical(2, 5), responsesPerWeek: 1 });
    const result = estimateImpact(panel);
    expect(result.status).toBe("not_enough_data");
    if (result.status === "not_enough_data") expect(result.reason).toContain("10 or more responses");
  });
});
