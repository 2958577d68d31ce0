/*
 * Benchmark baseline, frozen as of commit c3e3a6e (before the speed-up): the impact estimator: the bootstrap evaluating one replicate at a time.
 * bench/training.ts runs it and the current code in the same rounds for their ratio. Not used by the app.
 */
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { buildDesign, type Design } from "../../server/services/training/impact/design";
import { DEFAULT_IMPACT_OPTIONS, type ImpactOptions } from "../../server/services/training/impact/options";
import type { Panel } from "../../server/services/training/impact/panel";
import { percentileInterval } from "../../server/services/training/impact/quantile";
import { evaluate, workspaceFor } from "./weighted";

export type ImpactCounts = {
  /** Trained people with a usable stack (enough responses of their own and a comparison group). */
  treatedPeople: number;
  /** Distinct comparison people over all usable stacks. */
  controlPeople: number;
  treatedResponsesPre: number;
  treatedResponsesPost: number;
  /** Responses of distinct (comparison person, week) cells in some stack's pre (post) window. */
  controlResponsesPre: number;
  controlResponsesPost: number;
};

export type EventStudyPoint = {
  /** Weeks since the completion week (-pre..-1, 1..post). */
  week: number;
  estimate: number | null;
  low: number | null;
  high: number | null;
  /** Trained people with responses that week, and their responses. */
  people: number;
  responses: number;
};

export type PreTrendCheck = { estimate: number; low: number | null; high: number | null; people: number; diverges: boolean };

export type ImpactEstimate =
  | {
      status: "estimated";
      estimate: number;
      low: number | null;
      high: number | null;
      counts: ImpactCounts;
      eventStudy: EventStudyPoint[];
      preTrend: PreTrendCheck | null;
      /** Bootstrap replicates that gave an estimate (of `options.replicates`). */
      replicates: number;
    }
  | { status: "not_enough_data"; reason: string; counts: ImpactCounts };

const finite = (value: number) => (Number.isFinite(value) ? value : null);

/**
 * The stacked difference in differences of docs/training-impact.md on one KPI's panel: each
 * trained person against the people not yet trained by the end of their window, over the same
 * weeks; the average effect on a trained person, with a seeded cluster bootstrap over people.
 */
export function estimateImpact(panel: Panel, overrides: Partial<ImpactOptions> = {}): ImpactEstimate {
  const options = { ...DEFAULT_IMPACT_OPTIONS, ...overrides };
  const design = buildDesign(panel, options);
  const workspace = workspaceFor(design);
  const ones = new Float64Array(design.people).fill(1);
  const point = evaluate(design, ones, workspace);
  const counts = countsOf(design, point.cohortUsable);
  const reason = notEnoughData(counts, options);
  if (reason) return { status: "not_enough_data", reason, counts };

  const estimate = point.estimate;
  const eventPoint = Float64Array.from(point.event);
  const eventPeople = Float64Array.from(point.eventPeople);
  const eventResponses = Float64Array.from(point.eventResponses);
  const placebo = point.placebo;
  const placeboPeople = point.placeboPeople;

  const B = options.replicates;
  const replicateEstimates = new Float64Array(B);
  const replicateEvents = new Float64Array(B * design.slots);
  const replicatePlacebo = new Float64Array(B);
  const weight = new Float64Array(design.people);
  const rng = xoroshiro128plus(options.seed);
  const P = design.people;
  for (let b = 0; b < B; b++) {
    weight.fill(0);
    for (let i = 0; i < P; i++) weight[uniformInt(rng, 0, P - 1)]! += 1;
    const replicate = evaluate(design, weight, workspace);
    replicateEstimates[b] = replicate.estimate;
    replicateEvents.set(replicate.event, b * design.slots);
    replicatePlacebo[b] = replicate.placebo;
  }
  const interval = percentileInterval(replicateEstimates);
  const eventStudy: EventStudyPoint[] = Array.from(design.slotEvent, (week, s) => {
    const column = new Float64Array(B);
    for (let b = 0; b < B; b++) column[b] = replicateEvents[b * design.slots + s]!;
    const bounds = percentileInterval(column);
    return { week, estimate: finite(eventPoint[s]!), low: bounds.low, high: bounds.high, people: eventPeople[s]!, responses: eventResponses[s]! };
  });
  let preTrend: PreTrendCheck | null = null;
  if (Number.isFinite(placebo)) {
    const bounds = percentileInterval(replicatePlacebo);
    const diverges = bounds.low !== null && bounds.high !== null && (bounds.low > 0 || bounds.high < 0);
    preTrend = { estimate: placebo, low: bounds.low, high: bounds.high, people: placeboPeople, diverges };
  }
  return {
    status: "estimated",
    estimate,
    low: interval.low,
    high: interval.high,
    counts,
    eventStudy,
    preTrend,
    replicates: replicateEstimates.filter(Number.isFinite).length,
  };
}

function countsOf(d: Design, cohortUsable: Uint8Array): ImpactCounts {
  let treatedPeople = 0;
  let treatedResponsesPre = 0;
  let treatedResponsesPost = 0;
  for (let t = 0; t < d.treated.length; t++) {
    if (!cohortUsable[d.treatedCohort[t]!]) continue;
    treatedPeople++;
    treatedResponsesPre += d.treatedNPre[t]!;
    treatedResponsesPost += d.treatedNPost[t]!;
  }
  // A comparison person's week counts once however many stacks it serves in.
  const used = new Uint8Array(d.people * d.weeks);
  const controls = new Uint8Array(d.people);
  for (let k = 0; k < d.cohortColumn.length; k++) {
    if (!cohortUsable[k]) continue;
    const c = d.cohortColumn[k]!;
    for (const p of d.cohortControls[k]!) {
      controls[p] = 1;
      for (let e = -d.pre; e <= d.post; e++) {
        const col = c + e;
        if (e === 0 || col < 0 || col >= d.weeks) continue;
        used[p * d.weeks + col]! |= e < 0 ? 1 : 2;
      }
    }
  }
  let controlResponsesPre = 0;
  let controlResponsesPost = 0;
  for (let cell = 0; cell < used.length; cell++) {
    if (used[cell]! & 1) controlResponsesPre += d.n[cell]!;
    if (used[cell]! & 2) controlResponsesPost += d.n[cell]!;
  }
  return {
    treatedPeople,
    controlPeople: controls.reduce((total, one) => total + one, 0),
    treatedResponsesPre,
    treatedResponsesPost,
    controlResponsesPre,
    controlResponsesPost,
  };
}

function notEnoughData(counts: ImpactCounts, o: ImpactOptions): string | null {
  const window = `${o.pre} weeks before and ${o.post} weeks after completing`;
  if (counts.treatedPeople < o.minTreated)
    return `Only ${counts.treatedPeople} trained ${counts.treatedPeople === 1 ? "person has" : "people have"} ${o.minResponses} or more responses in the ${window}, with untrained colleagues to compare with; at least ${o.minTreated} are needed.`;
  if (counts.controlPeople < o.minControls)
    return `Only ${counts.controlPeople} comparison ${counts.controlPeople === 1 ? "person" : "people"} (serving the touch point, not yet trained) answered in the same weeks; at least ${o.minControls} are needed.`;
  const sides: [string, number][] = [
    ["trained people before completing", counts.treatedResponsesPre],
    ["trained people after completing", counts.treatedResponsesPost],
    ["comparison people in the weeks before", counts.controlResponsesPre],
    ["comparison people in the weeks after", counts.controlResponsesPost],
  ];
  const short = sides.find(([, n]) => n < o.minSideResponses);
  if (short) return `Only ${short[1]} responses from ${short[0]}; at least ${o.minSideResponses} are needed on each side.`;
  return null;
}
