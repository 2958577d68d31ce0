import { describe, expect, it } from "vitest";
import { addCounts, countsOf, emptyCounts, type ScoredResponse } from "@/server/services/feedback/rollup-delta";
import { cesAgree, cesMean, csat, csatMean, nps, ratingMean, ratingTopBox } from "./formulas";
import { kpiValue } from "./kpi-value";

const response = (fields: Partial<ScoredResponse>): ScoredResponse => ({
  npsScore: null,
  csatScore: null,
  cesScore: null,
  rating: null,
  sentiment: null,
  sentimentLabel: null,
  comment: null,
  ...fields,
});
const countsFor = (responses: Partial<ScoredResponse>[], topBoxFrom?: number) =>
  responses.reduce((all, r) => addCounts(all, countsOf(response(r), topBoxFrom)), emptyCounts());
const ratings = (values: (number | null)[], topBoxFrom: number) => countsFor(values.map((rating) => ({ rating })), topBoxFrom);

describe("KPI formulas, worked by hand", () => {
  it("NPS: 3 promoters, 1 passive, 2 detractors of 6 is (3-2)/6 = 16.7", () => {
    const counts = countsFor([9, 10, 9, 7, 6, 0].map((npsScore) => ({ npsScore })));
    expect(nps(counts)).toBeCloseTo(16.667, 2);
  });

  it("NPS: all promoters is 100, all detractors -100, nobody is no number", () => {
    expect(nps(countsFor([{ npsScore: 9 }, { npsScore: 10 }]))).toBe(100);
    expect(nps(countsFor([{ npsScore: 0 }, { npsScore: 6 }]))).toBe(-100);
    expect(nps(emptyCounts())).toBeNull();
  });

  it("CSAT: 4s and 5s among all answers, with the mean beside it", () => {
    const counts = countsFor([5, 4, 3, 1].map((csatScore) => ({ csatScore })));
    expect(csat(counts)).toBe(50);
    expect(csatMean(counts)).toBe(3.25);
  });

  it("CES: mean of 1-7 and the share that agree (5-7)", () => {
    const counts = countsFor([7, 5, 4, 2].map((cesScore) => ({ cesScore })));
    expect(cesMean(counts)).toBe(4.5);
    expect(cesAgree(counts)).toBe(50);
  });

  it("rating: no rating (not applicable) is left out of the mean and the share", () => {
    const counts = ratings([5, 4, null, null, 2], 4);
    expect(counts.responses).toBe(5);
    expect(counts.ratingN).toBe(3);
    expect(ratingMean(counts)).toBeCloseTo(11 / 3, 10);
    expect(ratingTopBox(counts)).toBeCloseTo(66.667, 2);
    expect(ratingMean(ratings([null], 4))).toBeNull();
  });
});

// docs/metrics.md "Rating scales" shows the same table.
describe("rating formulas on each scale, worked by hand", () => {
  it("1-5, top box from 4: 5, 4, 4, 3, 1 has mean 17/5 = 3.4 and 3 of 5 = 60% in 4-5", () => {
    const counts = ratings([5, 4, 4, 3, 1], 4);
    expect(ratingMean(counts)).toBe(3.4);
    expect(ratingTopBox(counts)).toBe(60);
  });

  it("1-7, top box from 6: 7, 6, 5, 2 has mean 20/4 = 5 and 2 of 4 = 50% in 6-7", () => {
    const counts = ratings([7, 6, 5, 2], 6);
    expect(ratingMean(counts)).toBe(5);
    expect(ratingTopBox(counts)).toBe(50);
  });

  it("0-10, top box from 9: 10, 9, 7, 0 has mean 26/4 = 6.5 and 2 of 4 = 50% in 9-10 (0 is an answer)", () => {
    const counts = ratings([10, 9, 7, 0], 9);
    expect(counts.ratingN).toBe(4);
    expect(ratingMean(counts)).toBe(6.5);
    expect(ratingTopBox(counts)).toBe(50);
  });

  it("1-10, top box from 9: 10, 8, 8, 6 has mean 32/4 = 8 and 1 of 4 = 25% in 9-10", () => {
    const counts = ratings([10, 8, 8, 6], 9);
    expect(ratingMean(counts)).toBe(8);
    expect(ratingTopBox(counts)).toBe(25);
    // The same answers on the default top box (from 4) would all be "top": the scale decides.
    expect(ratingTopBox(ratings([10, 8, 8, 6], 4))).toBe(100);
  });

  it("1-10: the mean's 95% interval is mean ± 1.96·s/√n, kept within the scale's ends", () => {
    // 10, 8, 8, 6: s² = ((2² + 0 + 0 + 2²) / 3) = 8/3, half-width 1.96 × √(8/3 / 4) = 1.6003.
    const value = kpiValue("rating", ratings([10, 8, 8, 6], 9), 1, { scaleMin: 1, scaleMax: 10 });
    expect(value.value).toBe(8);
    expect(value.secondary).toBe(25);
    expect(value.interval!.low).toBeCloseTo(8 - 1.96 * Math.sqrt(8 / 3 / 4), 2);
    expect(value.interval!.high).toBeCloseTo(8 + 1.96 * Math.sqrt(8 / 3 / 4), 2);
    // All but one at the top: the textbook interval would pass 10; it stops at the scale's end.
    const high = kpiValue("rating", ratings([10, 10, 10, 1], 9), 1, { scaleMin: 1, scaleMax: 10 });
    expect(high.interval!.high).toBe(10);
    expect(high.interval!.low).toBeLessThan(high.value!);
    const low = kpiValue("rating", ratings([0, 0, 0, 10], 9), 1, { scaleMin: 0, scaleMax: 10 });
    expect(low.interval!.low).toBe(0);
  });
});
