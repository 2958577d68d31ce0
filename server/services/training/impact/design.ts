import "server-only";
import type { ImpactOptions } from "./options";
import { NEVER, type Panel } from "./panel";

/**
 * What the stacked difference in differences needs from a panel, worked out once so that each
 * bootstrap replicate only re-weights people: the eligible trained people and their own
 * before/after means, their cohorts (people who completed in the same week share their
 * comparison group), and for each cohort who may compare with it. docs/training-impact.md.
 */
export type Design = {
  people: number;
  weeks: number;
  pre: number;
  post: number;
  /** Event-time slots: -pre..-1 then 1..post. */
  slots: number;
  slotEvent: Int32Array;
  sum: Float64Array;
  n: Float64Array;

  /** Eligible trained people (panel rows), their cohort, and their own figures. */
  treated: Int32Array;
  treatedCohort: Int32Array;
  treatedNPre: Float64Array;
  treatedNPost: Float64Array;
  /** Post mean minus pre mean of the person's own responses. */
  treatedChange: Float64Array;
  /** Per treated x slot: responses that week, and the week's mean minus the pre mean. */
  treatedSlotN: Float64Array;
  treatedSlotDev: Float64Array;
  /** Placebo: late-half pre mean minus early-half pre mean (NaN when a half has no response). */
  treatedPlacebo: Float64Array;

  /** Cohorts: completion column (relative to the panel's first week). */
  cohortColumn: Int32Array;
  /** First group (by completion week) whose people are still untrained at the window's end. */
  cohortFirstGroup: Int32Array;
  /** People with responses both before and after in the cohort's window (the comparison group). */
  cohortControls: Int32Array[];
  /** Not-yet-trained people with responses on one side only: in the group sums, but no comparison. */
  cohortOneSided: Int32Array[];

  /** People grouped by completion week (ascending, "never" last). */
  groupOf: Int32Array;
  groups: number;
  /** Groups below this index never compare with any cohort. */
  firstUsefulGroup: number;
  /**
   * Per group, the columns [groupFrom, groupTo) that some cohort comparing with it reads: a
   * person's weeks after the last window they can be a control in never enter an estimate, so a
   * replicate skips them (the sums it reads are unchanged, term for term).
   */
  groupFrom: Int32Array;
  groupTo: Int32Array;

  placeboHalf: number;
};

export function buildDesign(panel: Panel, options: ImpactOptions): Design {
  const { pre: K, post: L, minResponses } = options;
  const P = panel.people.length;
  const W = panel.weeks;
  const prefixSum = new Float64Array(P * (W + 1));
  const prefixN = new Float64Array(P * (W + 1));
  for (let p = 0; p < P; p++) {
    const row = p * W;
    const at = p * (W + 1);
    for (let w = 0; w < W; w++) {
      prefixSum[at + w + 1] = prefixSum[at + w]! + panel.sum[row + w]!;
      prefixN[at + w + 1] = prefixN[at + w]! + panel.n[row + w]!;
    }
  }
  /** Sum and count of person p over columns [a, b], clipped to the panel. */
  const window = (prefix: Float64Array, p: number, a: number, b: number) => {
    const from = Math.max(a, 0);
    const to = Math.min(b, W - 1);
    if (from > to) return 0;
    const at = p * (W + 1);
    return prefix[at + to + 1]! - prefix[at + from]!;
  };
  const column = new Float64Array(P);
  for (let p = 0; p < P; p++) column[p] = panel.completedWeek[p] === NEVER ? Infinity : panel.completedWeek[p]! - panel.firstWeek;

  const slots = K + L;
  const slotEvent = new Int32Array(slots);
  for (let s = 0; s < slots; s++) slotEvent[s] = s < K ? s - K : s - K + 1;

  // Eligible trained people: enough responses of their own before and after.
  const treatedRows: number[] = [];
  for (let p = 0; p < P; p++) {
    const c = column[p]!;
    if (!Number.isFinite(c)) continue;
    if (window(prefixN, p, c - K, c - 1) >= minResponses && window(prefixN, p, c + 1, c + L) >= minResponses) treatedRows.push(p);
  }
  const cohortValues = [...new Set(treatedRows.map((p) => column[p]!))].sort((a, b) => a - b);
  const cohortIndex = new Map(cohortValues.map((c, i) => [c, i]));

  const groupValues = [...new Set(Array.from(column))].sort((a, b) => a - b);
  const groupIndex = new Map(groupValues.map((g, i) => [g, i]));
  const groupOf = new Int32Array(P);
  for (let p = 0; p < P; p++) groupOf[p] = groupIndex.get(column[p]!)!;
  const firstGroupAfter = (limit: number) => {
    const found = groupValues.findIndex((g) => g > limit);
    return found === -1 ? groupValues.length : found;
  };

  const cohortColumn = Int32Array.from(cohortValues);
  const cohortFirstGroup = Int32Array.from(cohortValues.map((c) => firstGroupAfter(c + L)));
  const cohortControls: Int32Array[] = [];
  const cohortOneSided: Int32Array[] = [];
  for (const c of cohortValues) {
    const controls: number[] = [];
    const oneSided: number[] = [];
    for (let p = 0; p < P; p++) {
      if (!(column[p]! > c + L)) continue;
      const before = window(prefixN, p, c - K, c - 1) > 0;
      const after = window(prefixN, p, c + 1, c + L) > 0;
      if (before && after) controls.push(p);
      else if (before || after) oneSided.push(p);
    }
    cohortControls.push(Int32Array.from(controls));
    cohortOneSided.push(Int32Array.from(oneSided));
  }

  // Cohorts with cohortFirstGroup <= g compare with group g; cohortFirstGroup rises with the cohort.
  const groupFrom = new Int32Array(groupValues.length).fill(W);
  const groupTo = new Int32Array(groupValues.length);
  cohortValues.forEach((c, k) => {
    for (let g = cohortFirstGroup[k]!; g < groupValues.length; g++) {
      groupFrom[g] = Math.min(groupFrom[g]!, Math.max(c - K, 0));
      groupTo[g] = Math.max(groupTo[g]!, Math.min(c + L + 1, W));
    }
  });

  const T = treatedRows.length;
  const treatedCohort = new Int32Array(T);
  const treatedNPre = new Float64Array(T);
  const treatedNPost = new Float64Array(T);
  const treatedChange = new Float64Array(T);
  const treatedSlotN = new Float64Array(T * slots);
  const treatedSlotDev = new Float64Array(T * slots);
  const treatedPlacebo = new Float64Array(T);
  const half = Math.floor(K / 2);
  treatedRows.forEach((p, t) => {
    const c = column[p]!;
    treatedCohort[t] = cohortIndex.get(c)!;
    const nPre = window(prefixN, p, c - K, c - 1);
    const nPost = window(prefixN, p, c + 1, c + L);
    const meanPre = window(prefixSum, p, c - K, c - 1) / nPre;
    treatedNPre[t] = nPre;
    treatedNPost[t] = nPost;
    treatedChange[t] = window(prefixSum, p, c + 1, c + L) / nPost - meanPre;
    for (let s = 0; s < slots; s++) {
      const col = c + slotEvent[s]!;
      const n = window(prefixN, p, col, col);
      treatedSlotN[t * slots + s] = n;
      treatedSlotDev[t * slots + s] = n > 0 ? window(prefixSum, p, col, col) / n - meanPre : 0;
    }
    if (half > 0) {
      const nEarly = window(prefixN, p, c - K, c - K + half - 1);
      const nLate = window(prefixN, p, c - half, c - 1);
      treatedPlacebo[t] =
        nEarly > 0 && nLate > 0 ? window(prefixSum, p, c - half, c - 1) / nLate - window(prefixSum, p, c - K, c - K + half - 1) / nEarly : NaN;
    } else treatedPlacebo[t] = NaN;
  });

  return {
    people: P,
    weeks: W,
    pre: K,
    post: L,
    slots,
    slotEvent,
    sum: panel.sum,
    n: panel.n,
    treated: Int32Array.from(treatedRows),
    treatedCohort,
    treatedNPre,
    treatedNPost,
    treatedChange,
    treatedSlotN,
    treatedSlotDev,
    treatedPlacebo,
    cohortColumn,
    cohortFirstGroup,
    cohortControls,
    cohortOneSided,
    groupOf,
    groups: groupValues.length,
    firstUsefulGroup: cohortFirstGroup.length ? Math.min(...cohortFirstGroup) : groupValues.length,
    groupFrom,
    groupTo,
    placeboHalf: half,
  };
}
