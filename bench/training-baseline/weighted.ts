/*
 * Benchmark baseline, frozen as of commit c3e3a6e (before the speed-up): the impact replicate evaluation: one replicate per pass over the panel, every week of every group.
 * bench/training.ts runs it and the current code in the same rounds for their ratio. Not used by the app.
 */
import type { Design } from "../../server/services/training/impact/design";

/** One evaluation of the estimator with every person counted `weight` times (1 for all: the estimate). */
export type Evaluation = {
  /** Average stack effect, NaN when no stack is usable. */
  estimate: number;
  /** Per event-time slot: theta_e (NaN when no stack has that week). */
  event: Float64Array;
  /** Per slot: stacks (trained people, counted by weight) and their responses that week. */
  eventPeople: Float64Array;
  eventResponses: Float64Array;
  /** Late-minus-early pre-window difference in differences, NaN when no stack has both halves. */
  placebo: number;
  placeboPeople: number;
  /** Per cohort: whether it had a comparison group. */
  cohortUsable: Uint8Array;
};

/** Buffers reused across bootstrap replicates. */
export type Workspace = {
  groupSum: Float64Array;
  groupN: Float64Array;
  controlSum: Float64Array;
  controlN: Float64Array;
  evaluation: Evaluation;
};

export function workspaceFor(d: Design): Workspace {
  const cohorts = d.cohortColumn.length;
  return {
    groupSum: new Float64Array(d.groups * d.weeks),
    groupN: new Float64Array(d.groups * d.weeks),
    controlSum: new Float64Array(cohorts * d.slots),
    controlN: new Float64Array(cohorts * d.slots),
    evaluation: {
      estimate: NaN,
      event: new Float64Array(d.slots),
      eventPeople: new Float64Array(d.slots),
      eventResponses: new Float64Array(d.slots),
      placebo: NaN,
      placeboPeople: 0,
      cohortUsable: new Uint8Array(cohorts),
    },
  };
}

/**
 * The estimate, event study and placebo with person p counted weight[p] times: a bootstrap
 * replicate is this with the multiplicities of a resample (a person drawn twice weighs twice
 * both as trained and as comparison). Comparison means pool responses: sums over comparison
 * people divided by their counts, per week of the cohort's window.
 */
export function evaluate(d: Design, weight: ArrayLike<number>, ws: Workspace): Evaluation {
  const { weeks: W, slots, pre: K } = d;
  const { groupSum, groupN, controlSum, controlN, evaluation: out } = ws;
  groupSum.fill(0);
  groupN.fill(0);
  // Sums by completion-week group, then suffix sums: the people untrained by a week are a suffix.
  const { sum, n: count, groupOf, firstUsefulGroup } = d;
  for (let p = 0; p < d.people; p++) {
    const w = weight[p]!;
    const g = groupOf[p]!;
    if (w === 0 || g < firstUsefulGroup) continue;
    const row = p * W;
    const at = g * W;
    for (let c = 0; c < W; c++) {
      groupSum[at + c]! += w * sum[row + c]!;
      groupN[at + c]! += w * count[row + c]!;
    }
  }
  for (let g = d.groups - 2; g >= d.firstUsefulGroup; g--) {
    const at = g * W;
    const next = at + W;
    for (let c = 0; c < W; c++) {
      groupSum[at + c]! += groupSum[next + c]!;
      groupN[at + c]! += groupN[next + c]!;
    }
  }

  const cohorts = d.cohortColumn.length;
  const controlPre = new Float64Array(cohorts);
  const controlChange = new Float64Array(cohorts);
  const controlPlacebo = new Float64Array(cohorts).fill(NaN);
  for (let k = 0; k < cohorts; k++) {
    const controls = d.cohortControls[k]!;
    let usable = 0;
    for (let i = 0; i < controls.length; i++) {
      if (weight[controls[i]!]! > 0) {
        usable = 1;
        break;
      }
    }
    out.cohortUsable[k] = usable;
    if (!usable) continue;
    const g = d.cohortFirstGroup[k]!;
    const oneSided = d.cohortOneSided[k]!;
    let preSum = 0;
    let preN = 0;
    let postSum = 0;
    let postN = 0;
    for (let s = 0; s < slots; s++) {
      const col = d.cohortColumn[k]! + d.slotEvent[s]!;
      let cs = 0;
      let cn = 0;
      if (col >= 0 && col < W) {
        cs = groupSum[g * W + col]!;
        cn = groupN[g * W + col]!;
        for (let i = 0; i < oneSided.length; i++) {
          const p = oneSided[i]!;
          const w = weight[p]!;
          if (w === 0) continue;
          cs -= w * d.sum[p * W + col]!;
          cn -= w * d.n[p * W + col]!;
        }
      }
      controlSum[k * slots + s] = cs;
      controlN[k * slots + s] = cn;
      if (s < K) {
        preSum += cs;
        preN += cn;
      } else {
        postSum += cs;
        postN += cn;
      }
    }
    controlPre[k] = preSum / preN;
    controlChange[k] = postSum / postN - preSum / preN;
    const half = d.placeboHalf;
    if (half > 0) {
      let earlySum = 0;
      let earlyN = 0;
      let lateSum = 0;
      let lateN = 0;
      for (let s = 0; s < half; s++) {
        earlySum += controlSum[k * slots + s]!;
        earlyN += controlN[k * slots + s]!;
        lateSum += controlSum[k * slots + K - half + s]!;
        lateN += controlN[k * slots + K - half + s]!;
      }
      if (earlyN > 0 && lateN > 0) controlPlacebo[k] = lateSum / lateN - earlySum / earlyN;
    }
  }

  let num = 0;
  let den = 0;
  let placeboNum = 0;
  let placeboDen = 0;
  const eventNum = new Float64Array(slots);
  out.eventPeople.fill(0);
  out.eventResponses.fill(0);
  for (let t = 0; t < d.treated.length; t++) {
    const w = weight[d.treated[t]!]!;
    const k = d.treatedCohort[t]!;
    if (w === 0 || !out.cohortUsable[k]) continue;
    num += w * (d.treatedChange[t]! - controlChange[k]!);
    den += w;
    for (let s = 0; s < slots; s++) {
      const n = d.treatedSlotN[t * slots + s]!;
      const cn = controlN[k * slots + s]!;
      if (n === 0 || cn <= 0) continue;
      eventNum[s]! += w * (d.treatedSlotDev[t * slots + s]! - (controlSum[k * slots + s]! / cn - controlPre[k]!));
      out.eventPeople[s]! += w;
      out.eventResponses[s]! += w * n;
    }
    const placebo = d.treatedPlacebo[t]!;
    if (!Number.isNaN(placebo) && !Number.isNaN(controlPlacebo[k]!)) {
      placeboNum += w * (placebo - controlPlacebo[k]!);
      placeboDen += w;
    }
  }
  out.estimate = den > 0 ? num / den : NaN;
  for (let s = 0; s < slots; s++) out.event[s] = out.eventPeople[s]! > 0 ? eventNum[s]! / out.eventPeople[s]! : NaN;
  out.placebo = placeboDen > 0 ? placeboNum / placeboDen : NaN;
  out.placeboPeople = placeboDen;
  return out;
}
