import { describe, expect, it } from "vitest";
import { addCounts, countsOf, emptyCounts, type ScoredResponse } from "@/server/services/feedback/rollup-delta";
import { cesAgree, cesMean, csat, csatMean, nps, ratingMean, ratingTopTwo } from "./formulas";

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
const countsFor = (responses: Partial<ScoredResponse>[]) => responses.reduce((all, r) => addCounts(all, countsOf(response(r))), emptyCounts());

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

  it("rating: 0 means not applicable and is left out of the mean and the share", () => {
    const counts = countsFor([5, 4, 0, 0, 2].map((rating) => ({ rating })));
    expect(counts.responses).toBe(5);
    expect(counts.ratingN).toBe(3);
    expect(ratingMean(counts)).toBeCloseTo(11 / 3, 10);
    expect(ratingTopTwo(counts)).toBeCloseTo(66.667, 2);
    expect(ratingMean(countsFor([{ rating: 0 }]))).toBeNull();
  });
});
