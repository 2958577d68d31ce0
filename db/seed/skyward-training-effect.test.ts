import { describe, expect, it } from "vitest";
import { SKYWARD_RATING_COLUMNS } from "./skyward-data";
import { simulatedTrainingEffect } from "./skyward-training-effect";
import { SIMULATED_EFFECT_MODULE, SKYWARD_COMPLETIONS } from "./skyward-training-data";

const header = ["id", ...SKYWARD_RATING_COLUMNS];
const rowWith = (line: number, rating: number) => ({ line, cells: [String(line), ...SKYWARD_RATING_COLUMNS.map(() => String(rating))] });
const firstCompletion = Math.max(...SKYWARD_COMPLETIONS.filter((c) => c.module === SIMULATED_EFFECT_MODULE).map((c) => c.daysAgo));

describe("the demo's simulated training effect", () => {
  const credit = simulatedTrainingEffect(header);
  const lines = Array.from({ length: 4000 }, (_, i) => i + 2);

  it("credits about 30% of satisfied answers after a completion to trained crew, and nothing else", () => {
    const redirected = lines.filter((line) => credit("On-board service", rowWith(line, 5), 10) !== null).length;
    expect(redirected / lines.length).toBeGreaterThan(0.25);
    expect(redirected / lines.length).toBeLessThan(0.35);
    expect(lines.filter((line) => credit("On-board service", rowWith(line, 3), 10) !== null)).toHaveLength(0);
    expect(lines.filter((line) => credit("Cabin cleanliness", rowWith(line, 5), 10) !== null)).toHaveLength(0);
  });

  it("never before the first completion, and only to people who had completed by the answer's day", () => {
    expect(lines.filter((line) => credit("In-flight service", rowWith(line, 5), firstCompletion + 1) !== null)).toHaveLength(0);
    const early = new Set(lines.map((line) => credit("In-flight service", rowWith(line, 5), firstCompletion - 1)).filter(Boolean));
    expect([...early]).toEqual(["chloe.dubois@skyward.example"]);
  });
});
