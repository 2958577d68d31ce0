import { describe, expect, it } from "vitest";
import { meanInterval, npsInterval, npsStandardError, twoSidedP, varianceFromSums, wilsonInterval } from "./intervals";

describe("Wilson score interval", () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3.
  it.each([
    [81, 263, 25.53, 36.62],
    [15, 148, 6.24, 16.05],
    [0, 20, 0, 16.11],
    [1, 29, 0.61, 17.18],
  ])("%i of %i gives %f%% to %f%%", (x, n, low, high) => {
    const interval = wilsonInterval(x, n)!;
    expect(interval.low).toBeCloseTo(low, 1);
    expect(interval.high).toBeCloseTo(high, 1);
  });

  it("is symmetric for all and none, and empty without answers", () => {
    const all = wilsonInterval(20, 20)!;
    const none = wilsonInterval(0, 20)!;
    expect(all.high).toBe(100);
    expect(all.low).toBeCloseTo(100 - none.high, 10);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("NPS interval from the trinomial", () => {
  it("matches the hand computation", () => {
    // 50 promoters, 30 passives, 20 detractors: NPS 30; var = .5 + .2 - .3² = .61; se = sqrt(.61/100) = 7.81 points.
    expect(npsStandardError(50, 20, 100)).toBeCloseTo(7.8102, 3);
    const interval = npsInterval(50, 20, 100)!;
    expect(interval.low).toBeCloseTo(30 - 1.96 * 7.8102, 1);
    expect(interval.high).toBeCloseTo(30 + 1.96 * 7.8102, 1);
  });

  it("has no width when everyone is a promoter, and stays within -100..100", () => {
    expect(npsStandardError(40, 0, 40)).toBe(0);
    expect(npsInterval(40, 0, 40)).toEqual({ low: 100, high: 100 });
    expect(npsInterval(0, 3, 3)!.low).toBe(-100);
    expect(npsInterval(0, 0, 0)).toBeNull();
  });
});

describe("mean interval from sums", () => {
  it("uses the sample variance", () => {
    // Ratings 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32/7.
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    const sum = values.reduce((a, b) => a + b, 0);
    const sumSq = values.reduce((a, b) => a + b * b, 0);
    expect(varianceFromSums(values.length, sum, sumSq)).toBeCloseTo(32 / 7, 10);
    const interval = meanInterval(values.length, sum, sumSq)!;
    expect(interval.high - 5).toBeCloseTo(1.96 * Math.sqrt(32 / 7 / 8), 3);
  });
});

describe("two-sided p-value", () => {
  it("is 0.05 at z = 1.96 and 1 at z = 0", () => {
    expect(twoSidedP(1.959964)).toBeCloseTo(0.05, 4);
    expect(twoSidedP(-2.575829)).toBeCloseTo(0.01, 4);
    expect(twoSidedP(0)).toBeCloseTo(1, 6);
  });
});
