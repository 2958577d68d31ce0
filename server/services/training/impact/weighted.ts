import "server-only";
import type { Design } from "./design";

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

/**
 * Replicates evaluated together: the group sums read each panel cell once for all of them (the
 * panel is larger than the processor's cache, so reading it once per replicate is what costs).
 */
export const LANES = 8;

/** Buffers reused across bootstrap replicates. */
export type Workspace = {
  /** Person-major weights of the LANES replicates: weight[p * LANES + lane]. */
  weight: Float64Array;
  /** Group x week x lane sums, then suffix sums over groups. */
  groupSum: Float64Array;
  groupN: Float64Array;
  controlSum: Float64Array;
  controlN: Float64Array;
  /** Per cohort x slot: the week's pooled control mean minus the pre mean (when it has responses). */
  controlDev: Float64Array;
  controlPre: Float64Array;
  controlChange: Float64Array;
  controlPlacebo: Float64Array;
  eventNum: Float64Array;
  evaluation: Evaluation;
};

export function workspaceFor(d: Design): Workspace {
  const cohorts = d.cohortColumn.length;
  return {
    weight: new Float64Array(d.people * LANES),
    groupSum: new Float64Array(d.groups * d.weeks * LANES),
    groupN: new Float64Array(d.groups * d.weeks * LANES),
    controlSum: new Float64Array(cohorts * d.slots),
    controlN: new Float64Array(cohorts * d.slots),
    controlDev: new Float64Array(cohorts * d.slots),
    controlPre: new Float64Array(cohorts),
    controlChange: new Float64Array(cohorts),
    controlPlacebo: new Float64Array(cohorts),
    eventNum: new Float64Array(d.slots),
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

/** The estimate with person p counted weight[p] times, alone in lane 0 (the point estimate). */
export function evaluate(d: Design, weight: ArrayLike<number>, ws: Workspace): Evaluation {
  ws.weight.fill(0);
  for (let p = 0; p < d.people; p++) ws.weight[p * LANES] = weight[p]!;
  sumGroups(d, ws);
  return evaluateLane(d, ws, 0);
}

/**
 * Sums by completion-week group of each lane's weighted panel, then suffix sums: the people
 * untrained by a week are a suffix of the groups. Only the weeks some cohort reads from a group
 * are summed (groupFrom, groupTo). A person weighing 0 in a lane adds exact zeros there, so each
 * sum that is read is the same as summing that lane's people alone, term for term.
 */
export function sumGroups(d: Design, ws: Workspace): void {
  const { weeks: W, sum, n: count, groupOf, firstUsefulGroup, groupFrom, groupTo } = d;
  const { weight, groupSum, groupN } = ws;
  groupSum.fill(0);
  groupN.fill(0);
  for (let p = 0; p < d.people; p++) {
    const g = groupOf[p]!;
    if (g < firstUsefulGroup) continue;
    const q = p * LANES;
    const w0 = weight[q]!, w1 = weight[q + 1]!, w2 = weight[q + 2]!, w3 = weight[q + 3]!;
    const w4 = weight[q + 4]!, w5 = weight[q + 5]!, w6 = weight[q + 6]!, w7 = weight[q + 7]!;
    if (w0 + w1 + w2 + w3 + w4 + w5 + w6 + w7 === 0) continue;
    const row = p * W;
    for (let c = groupFrom[g]!, to = groupTo[g]!; c < to; c++) {
      const s = sum[row + c]!;
      const k = count[row + c]!;
      const at = (g * W + c) * LANES;
      // Unrolled by hand: a loop over the lanes here runs about half as fast.
      groupSum[at]! += w0 * s;
      groupSum[at + 1]! += w1 * s;
      groupSum[at + 2]! += w2 * s;
      groupSum[at + 3]! += w3 * s;
      groupSum[at + 4]! += w4 * s;
      groupSum[at + 5]! += w5 * s;
      groupSum[at + 6]! += w6 * s;
      groupSum[at + 7]! += w7 * s;
      groupN[at]! += w0 * k;
      groupN[at + 1]! += w1 * k;
      groupN[at + 2]! += w2 * k;
      groupN[at + 3]! += w3 * k;
      groupN[at + 4]! += w4 * k;
      groupN[at + 5]! += w5 * k;
      groupN[at + 6]! += w6 * k;
      groupN[at + 7]! += w7 * k;
    }
  }
  const stride = W * LANES;
  for (let g = d.groups - 2; g >= firstUsefulGroup; g--) {
    for (let at = (g * W + groupFrom[g]!) * LANES, end = (g * W + groupTo[g]!) * LANES; at < end; at++) {
      groupSum[at]! += groupSum[at + stride]!;
      groupN[at]! += groupN[at + stride]!;
    }
  }
}

/**
 * The estimate, event study and placebo of one lane, after sumGroups: a bootstrap replicate
 * with the multiplicities of a resample (a person drawn twice weighs twice both as trained and
 * as comparison). Comparison means pool responses: sums over comparison people divided by their
 * counts, per week of the cohort's window.
 */
export function evaluateLane(d: Design, ws: Workspace, lane: number): Evaluation {
  const { weeks: W, slots, pre: K } = d;
  const { weight, groupSum, groupN, controlSum, controlN, controlDev, controlPre, controlChange, controlPlacebo, eventNum, evaluation: out } = ws;
  const weightOf = (p: number) => weight[p * LANES + lane]!;

  const cohorts = d.cohortColumn.length;
  controlPre.fill(0);
  controlChange.fill(0);
  controlPlacebo.fill(NaN);
  for (let k = 0; k < cohorts; k++) {
    const controls = d.cohortControls[k]!;
    let usable = 0;
    for (let i = 0; i < controls.length; i++) {
      if (weightOf(controls[i]!) > 0) {
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
        cs = groupSum[(g * W + col) * LANES + lane]!;
        cn = groupN[(g * W + col) * LANES + lane]!;
        for (let i = 0; i < oneSided.length; i++) {
          const p = oneSided[i]!;
          const w = weightOf(p);
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
    // Each week's control mean minus the pre mean, once per cohort rather than per trained person.
    for (let s = 0; s < slots; s++) {
      const cn = controlN[k * slots + s]!;
      controlDev[k * slots + s] = cn > 0 ? controlSum[k * slots + s]! / cn - controlPre[k]! : 0;
    }
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
  const { treated, treatedCohort, treatedChange, treatedSlotN, treatedSlotDev, treatedPlacebo } = d;
  const { eventPeople, eventResponses, cohortUsable } = out;
  eventNum.fill(0);
  eventPeople.fill(0);
  eventResponses.fill(0);
  for (let t = 0; t < treated.length; t++) {
    const w = weightOf(treated[t]!);
    const k = treatedCohort[t]!;
    if (w === 0 || !cohortUsable[k]) continue;
    num += w * (treatedChange[t]! - controlChange[k]!);
    den += w;
    for (let s = 0, at = t * slots, kt = k * slots; s < slots; s++) {
      const n = treatedSlotN[at + s]!;
      if (n === 0 || controlN[kt + s]! <= 0) continue;
      eventNum[s]! += w * (treatedSlotDev[at + s]! - controlDev[kt + s]!);
      eventPeople[s]! += w;
      eventResponses[s]! += w * n;
    }
    const placebo = treatedPlacebo[t]!;
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
