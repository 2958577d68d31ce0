import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import { constructPanel, staggered } from "@/server/testing/impact-panels";
import { buildDesign } from "./design";
import { DEFAULT_IMPACT_OPTIONS } from "./options";
import { percentileInterval } from "./quantile";
import { estimateImpact } from "./stacked-did";
import { evaluate, LANES, workspaceFor } from "./weighted";

/**
 * The bootstrap of docs/training-impact.md section 5 written plainly: one replicate at a time,
 * every person's every week summed (not only the weeks some cohort reads).
 */
function oneAtATime(panel: ReturnType<typeof constructPanel>, replicates: number, seed: number) {
  const options = { ...DEFAULT_IMPACT_OPTIONS, replicates, seed };
  const built = buildDesign(panel, options);
  const design = { ...built, groupFrom: new Int32Array(built.groups), groupTo: new Int32Array(built.groups).fill(built.weeks) };
  const workspace = workspaceFor(design);
  const rng = xoroshiro128plus(seed);
  const P = design.people;
  const estimates: number[] = [];
  const events: number[][] = Array.from({ length: design.slots }, () => []);
  const placebo: number[] = [];
  for (let b = 0; b < replicates; b++) {
    const weight = new Float64Array(P);
    for (let i = 0; i < P; i++) weight[uniformInt(rng, 0, P - 1)]! += 1;
    const replicate = evaluate(design, weight, workspace);
    estimates.push(replicate.estimate);
    replicate.event.forEach((value, s) => events[s]!.push(value));
    placebo.push(replicate.placebo);
  }
  return { interval: percentileInterval(estimates), events: events.map(percentileInterval), placebo: percentileInterval(placebo) };
}

describe("the bootstrap evaluated several replicates at a time", () => {
  it.each([99, 2 * LANES, 1])("gives exactly the intervals of one replicate at a time over all weeks (%i replicates)", (replicates) => {
    const panel = constructPanel({ seed: 7, people: 90, weeks: 32, completion: staggered(0.5, 8, 22), effect: () => 3 });
    const result = estimateImpact(panel, { replicates, seed: 11 });
    if (result.status !== "estimated") throw new Error(result.reason);
    const reference = oneAtATime(panel, replicates, 11);
    expect({ low: result.low, high: result.high }).toEqual(reference.interval);
    expect(result.eventStudy.map(({ low, high }) => ({ low, high }))).toEqual(reference.events);
    expect({ low: result.preTrend?.low, high: result.preTrend?.high }).toEqual(reference.placebo);
    expect(result.low).not.toBeNull();
  });
});
