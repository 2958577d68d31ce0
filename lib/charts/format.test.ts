import { describe, expect, it } from "vitest";
import { formatBucket, formatChange, formatInterval, formatValue, notEnoughData, splitMovers, trendData, type Mover } from "./format";

describe("formatValue and formatChange", () => {
  it("rounds per unit and writes a real minus sign", () => {
    expect(formatValue(-12.5, "score")).toBe("−13");
    expect(formatValue(84.4, "percent")).toBe("84%");
    expect(formatValue(5.4167, "mean")).toBe("5.42");
    expect(formatValue(-0.004, "mean")).toBe("0.00");
  });

  it("signs every change and calls a rounded zero ±0", () => {
    expect(formatChange(4.25, "points")).toBe("+4.3 pts");
    expect(formatChange(-3, "score")).toBe("−3");
    expect(formatChange(0.02, "points")).toBe("±0.0 pts");
    expect(formatInterval(-1.5, 9.75, "points", true)).toBe("−1.5 pts to +9.8 pts");
  });
});

describe("notEnoughData", () => {
  it("says how many answers there are and how many are needed", () => {
    expect(notEnoughData(12, 30)).toBe("Not enough data (n = 12 of 30 needed)");
    expect(notEnoughData(0)).toBe("Not enough data (n = 0)");
    expect(notEnoughData(1200, 1500)).toBe("Not enough data (n = 1,200 of 1,500 needed)");
  });
});

describe("trendData", () => {
  it("orders points by date and keeps a gap where there is no value", () => {
    const data = trendData([
      { date: "2026-05-03", value: 41, n: 50, low: 30, high: 52 },
      { date: "2026-05-01", value: 35, n: 40, low: 22, high: 48 },
      { date: "2026-05-02", value: null, n: 9, low: null, high: null },
    ]);
    expect(data.map((point) => [point.date, point.value, point.band])).toEqual([
      ["2026-05-01", 35, [22, 48]],
      ["2026-05-02", null, null],
      ["2026-05-03", 41, [30, 52]],
    ]);
  });

  it("draws no band for a withheld value even if an interval came with it", () => {
    expect(trendData([{ date: "2026-05-01", value: null, n: 3, low: 10, high: 90 }])[0]!.band).toBeNull();
  });
});

describe("splitMovers", () => {
  const mover = (id: string, change: number, significant = true, lowerIsBetter = false): Mover => ({
    id,
    name: id,
    kpiLabel: "NPS",
    unit: "score",
    previous: 20,
    current: 20 + change,
    change,
    low: change - 3,
    high: change + 3,
    significant,
    lowerIsBetter,
  });

  it("lists only significant changes, biggest first, split by better and worse", () => {
    const { improved, declined } = splitMovers([mover("a", 5), mover("b", 12), mover("c", -8), mover("noise", 30, false), mover("d", -2)]);
    expect(improved.map((m) => m.id)).toEqual(["b", "a"]);
    expect(declined.map((m) => m.id)).toEqual(["c", "d"]);
  });

  it("reads a fall as an improvement when lower is better", () => {
    const { improved, declined } = splitMovers([mover("wait", -4, true, true), mover("queue", 6, true, true)]);
    expect(improved.map((m) => m.id)).toEqual(["wait"]);
    expect(declined.map((m) => m.id)).toEqual(["queue"]);
  });

  it("keeps at most the limit on each side", () => {
    const many = Array.from({ length: 8 }, (_, index) => mover(`up${index}`, index + 1));
    expect(splitMovers(many, 3).improved.map((m) => m.id)).toEqual(["up7", "up6", "up5"]);
  });
});

describe("formatBucket", () => {
  it("names a bucket by its grain, short on the axis and in full in a tooltip", () => {
    expect(formatBucket("2026-11-02", "day")).toBe("2 Nov");
    expect(formatBucket("2026-11-02", "day", true)).toBe("2 Nov 2026");
    expect(formatBucket("2026-11-02", "week")).toBe("2 Nov");
    expect(formatBucket("2026-11-02", "week", true)).toBe("Week of 2 Nov 2026");
    expect(formatBucket("2026-11-01", "month")).toBe("Nov 2026");
    expect(formatBucket("2026-11-01", "month", true)).toBe("November 2026");
    expect(formatBucket("2026-10-01", "quarter")).toBe("Q4 2026");
    expect(formatBucket("2006-01-01", "quarter", true)).toBe("Q1 2006");
  });
});
