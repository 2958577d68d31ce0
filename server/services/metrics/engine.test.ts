import { describe, expect, it } from "vitest";
import { addCounts, countsOf, emptyCounts, type RollupCounts } from "@/server/services/feedback/rollup-delta";
import { benjaminiHochberg, comparePeriods } from "./comparison";
import { kpiValue } from "./kpi-value";
import { targetStatus } from "./status";

const blank = { npsScore: null, csatScore: null, cesScore: null, rating: null, sentiment: null, sentimentLabel: null, comment: null };
const countsFor = (field: "npsScore" | "csatScore" | "cesScore" | "rating", scores: (number | null)[]): RollupCounts =>
  scores.reduce((total, score) => addCounts(total, countsOf({ ...blank, [field]: score })), emptyCounts());
const repeat = (score: number, times: number) => Array.from({ length: times }, () => score);

describe("KPI values with the minimum-sample rule", () => {
  it("computes NPS from promoters and detractors", () => {
    // 6 promoters, 2 passives, 2 detractors of 10: 60% - 20% = 40.
    const value = kpiValue("nps", countsFor("npsScore", [10, 9, 9, 10, 9, 9, 8, 7, 6, 0]), 5);
    expect(value).toMatchObject({ n: 10, enoughData: true, value: 40 });
    expect(value.interval!.low).toBeLessThan(40);
    expect(value.interval!.high).toBeGreaterThan(40);
  });

  it("gives 100 with no uncertainty when every answer is a promoter", () => {
    expect(kpiValue("nps", countsFor("npsScore", repeat(10, 30)), 30)).toMatchObject({ value: 100, interval: { low: 100, high: 100 } });
  });

  it("withholds the number below the minimum sample and with no answers at all", () => {
    expect(kpiValue("csat", countsFor("csatScore", [5, 5, 4]), 30)).toEqual({ kind: "csat", n: 3, enoughData: false, value: null, interval: null, secondary: null });
    expect(kpiValue("csat", emptyCounts(), 0)).toMatchObject({ n: 0, enoughData: false, value: null });
  });

  it("computes CSAT as the share of 4-5 with the mean beside it", () => {
    // 5, 4, 3, 2: half satisfied, mean 3.5.
    expect(kpiValue("csat", countsFor("csatScore", [5, 4, 3, 2]), 1)).toMatchObject({ value: 50, secondary: 3.5 });
  });

  it("computes CES as a mean with % agree (5-7) beside it", () => {
    expect(kpiValue("ces", countsFor("cesScore", [7, 5, 4, 2]), 1)).toMatchObject({ value: 4.5, secondary: 50 });
  });

  it("leaves answers that are not applicable (stored as no rating) out of the rating", () => {
    // n/a, n/a, 5, 4, 3: n = 3, mean 4, two of three are 4-5.
    const value = kpiValue("rating", countsFor("rating", [null, null, 5, 4, 3]), 3);
    expect(value).toMatchObject({ n: 3, enoughData: true, value: 4 });
    expect(value.secondary).toBeCloseTo(66.667, 2);
    expect(kpiValue("rating", countsFor("rating", [null, null, 5, 4, 3]), 4).enoughData).toBe(false);
  });
});

describe("period comparison", () => {
  it("flags a real change in CSAT", () => {
    // 60% of 400 satisfied, then 70% of 400: z ≈ 2.97.
    const before = countsFor("csatScore", [...repeat(5, 240), ...repeat(2, 160)]);
    const after = countsFor("csatScore", [...repeat(5, 280), ...repeat(2, 120)]);
    const change = comparePeriods("csat", before, after)!;
    expect(change.change).toBeCloseTo(10, 10);
    expect(change.pValue).toBeLessThan(0.01);
    expect(change.significant).toBe(true);
    expect(change.low).toBeGreaterThan(0);
  });

  it("does not flag noise: the same 10-point move on 20 answers each", () => {
    const before = countsFor("csatScore", [...repeat(5, 12), ...repeat(2, 8)]);
    const after = countsFor("csatScore", [...repeat(5, 14), ...repeat(2, 6)]);
    const change = comparePeriods("csat", before, after)!;
    expect(change.change).toBeCloseTo(10, 10);
    expect(change.significant).toBe(false);
    expect(change.low).toBeLessThan(0);
  });

  it("compares NPS with the trinomial standard errors and means with Welch's", () => {
    const before = countsFor("npsScore", [...repeat(10, 50), ...repeat(8, 30), ...repeat(3, 20)]);
    const after = countsFor("npsScore", [...repeat(10, 50), ...repeat(8, 30), ...repeat(3, 20)]);
    expect(comparePeriods("nps", before, after)).toMatchObject({ change: 0, pValue: 1, significant: false });
    const lower = countsFor("rating", [...repeat(3, 200), ...repeat(4, 200)]);
    const higher = countsFor("rating", [...repeat(4, 200), ...repeat(5, 200)]);
    expect(comparePeriods("rating", lower, higher)).toMatchObject({ change: 1, significant: true });
    expect(comparePeriods("rating", emptyCounts(), higher)).toBeNull();
  });
});

describe("Benjamini-Hochberg", () => {
  it("keeps the discoveries below the step-up line", () => {
    // Sorted: .001 ≤ .05·1/5, .008 ≤ .05·2/5, .039 > .05·3/5 = .03, .041 > .04, .2 > .05.
    expect(benjaminiHochberg([0.039, 0.001, 0.2, 0.008, 0.041])).toEqual([false, true, false, true, false]);
  });

  it("keeps a larger p-value when a later rank passes (step-up, not step-down)", () => {
    // .03 fails its own line (.05·1/2 = .025), but .04 passes at rank 2 (≤ .05), which carries .03 with it.
    expect(benjaminiHochberg([0.03, 0.04])).toEqual([true, true]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

describe("target status", () => {
  const higher = { target: 4, warningThreshold: 3.5, direction: "higher_is_better" as const };
  const lower = { target: 60, warningThreshold: 90, direction: "lower_is_better" as const };
  it("reads the target and warning threshold in the KPI's direction", () => {
    expect(targetStatus(4.1, higher)).toBe("on_target");
    expect(targetStatus(3.7, higher)).toBe("near_target");
    expect(targetStatus(3.2, higher)).toBe("below_target");
    expect(targetStatus(45, lower)).toBe("on_target");
    expect(targetStatus(75, lower)).toBe("near_target");
    expect(targetStatus(120, lower)).toBe("below_target");
    expect(targetStatus(null, higher)).toBe("not_enough_data");
  });
});
