import { describe, expect, it } from "vitest";
import { meanInterval, wilsonInterval } from "@/server/services/metrics/intervals";
import { belowTargetWithConfidence, whoNeedsHelp, type JudgedFigure } from "./needs-help";

const rating = (n: number, interval: { low: number; high: number } | null, target: number, minSampleSize = 30): JudgedFigure => ({
  n,
  minSampleSize,
  direction: "higher_is_better",
  interval,
  target: { target },
});

describe("below target with confidence", () => {
  // 36 ratings, mean 3.5, sd 1.2: 3.5 ± 1.96 × 1.2 / 6 = 3.108 to 3.892.
  const sum = 36 * 3.5;
  const sumSq = 1.44 * 35 + (sum * sum) / 36;
  const interval = meanInterval(36, sum, sumSq)!;

  it("the hand-worked interval is 3.108 to 3.892", () => {
    expect(interval.low).toBeCloseTo(3.108, 3);
    expect(interval.high).toBeCloseTo(3.892, 3);
  });

  it("is true when the whole interval is under the target (4)", () => {
    expect(belowTargetWithConfidence(rating(36, interval, 4))).toBe(true);
  });

  it("is false when the interval crosses the target (3.8): the person may well be on target", () => {
    expect(belowTargetWithConfidence(rating(36, interval, 3.8))).toBe(false);
  });

  it("is false when the upper bound only touches the target", () => {
    expect(belowTargetWithConfidence(rating(36, { low: 3.2, high: 4 }, 4))).toBe(false);
    expect(belowTargetWithConfidence(rating(36, { low: 3.2, high: 3.9999 }, 4))).toBe(true);
  });

  it("needs the KPI's minimum sample: 29 answers of 30 never count, 30 do", () => {
    expect(belowTargetWithConfidence(rating(29, { low: 2, high: 3 }, 4, 30))).toBe(false);
    expect(belowTargetWithConfidence(rating(30, { low: 2, high: 3 }, 4, 30))).toBe(true);
  });

  it("is false without an interval or without answers", () => {
    expect(belowTargetWithConfidence(rating(36, null, 4))).toBe(false);
    expect(belowTargetWithConfidence(rating(0, { low: 0, high: 0 }, 4, 0))).toBe(false);
  });

  it("for lower-is-better KPIs the lower bound must be above the target", () => {
    // Minutes to answer: 6.2 to 8.1 minutes against a target of 6, and of 6.2 (touching), and of 7 (inside).
    const wait = (target: number): JudgedFigure => ({ n: 40, minSampleSize: 30, direction: "lower_is_better", interval: { low: 6.2, high: 8.1 }, target: { target } });
    expect(belowTargetWithConfidence(wait(6))).toBe(true);
    expect(belowTargetWithConfidence(wait(6.2))).toBe(false);
    expect(belowTargetWithConfidence(wait(7))).toBe(false);
  });

  it("on a CSAT share: 15 of 148 satisfied is 6.2% to 16.1% (Wilson), far under 80% but not under 16%", () => {
    const csat = wilsonInterval(15, 148)!;
    expect(belowTargetWithConfidence(rating(148, csat, 80))).toBe(true);
    expect(belowTargetWithConfidence(rating(148, csat, 16))).toBe(false);
  });
});

describe("who needs help", () => {
  const row = (personName: string, kpiId: string, high: number) => ({
    ...rating(40, { low: high - 1, high }, 4),
    personId: personName.toLowerCase(),
    personName,
    kpiId,
    kpiName: kpiId,
    touchPointName: kpiId === "desk" ? "Front desk" : "Billing",
  });
  const rows = [row("Zoe", "desk", 3.5), row("Adam", "billing", 4.5), row("Adam", "desk", 3.9), row("Mia", "desk", 4.2)];
  const declines = [
    { personId: "adam", kpiId: "billing", change: -0.6, interval: { low: -1, high: -0.2 } },
    { personId: "adam", kpiId: "desk", change: -0.5, interval: { low: -0.9, high: -0.1 } },
  ];

  it("lists each person and KPI under either rule, with the rules and the decline's evidence, by person then touch point", () => {
    const list = whoNeedsHelp(rows, declines);
    expect(list.map((e) => [e.personName, e.touchPointName, e.rules])).toEqual([
      ["Adam", "Billing", ["declined"]],
      ["Adam", "Front desk", ["below_target", "declined"]],
      ["Zoe", "Front desk", ["below_target"]],
    ]);
    expect(list[0]!.decline).toEqual({ change: -0.6, interval: { low: -1, high: -0.2 } });
    expect(list[2]!.decline).toBeNull();
    expect(list[2]!.interval).toEqual({ low: 2.5, high: 3.5 });
  });

  it("is empty when nobody is confidently below target and nobody declined", () => {
    expect(whoNeedsHelp([row("Mia", "desk", 4.2)], [])).toEqual([]);
  });
});
