import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { NEVER, type Panel } from "@/server/services/training/impact/panel";

/**
 * Constructed panels for the impact estimator's tests: a KPI per person and week as
 * base + person effect + week shock (shared by everyone) + the training's effect + per-response
 * noise, with a known truth. Seeded, so every run draws the same panels.
 */
export type PanelSpec = {
  seed: number;
  people: number;
  weeks: number;
  /** The week column a person completes in, or null for never. */
  completion: (person: number, random: () => number) => number | null;
  /** The training's effect e weeks after completion (e >= 1; the completion week gets half of effect(1)). */
  effect?: (e: number) => number;
  /** Responses per person and week (a constant, so that the truth is exact). */
  responsesPerWeek?: number;
  /** A person's share of weeks with no response at all. */
  absentShare?: number;
  base?: number;
  personSd?: number;
  weekSd?: number;
  noiseSd?: number;
  /** Trained people drift by this much per week, before and after completion (a pre-trend). */
  treatedDrift?: number;
};

export function constructPanel(spec: PanelSpec): Panel {
  const rng = xoroshiro128plus(spec.seed);
  const random = () => uniformFloat64(rng);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const { people: P, weeks: W } = spec;
  const perWeek = spec.responsesPerWeek ?? 3;
  const effect = spec.effect ?? (() => 0);
  const weekShock = Array.from({ length: W }, () => normal() * (spec.weekSd ?? 3));
  const panel: Panel = {
    firstWeek: 2900,
    weeks: W,
    people: Array.from({ length: P }, (_, p) => `person-${p}`),
    sum: new Float64Array(P * W),
    n: new Float64Array(P * W),
    completedWeek: new Int32Array(P).fill(NEVER),
  };
  for (let p = 0; p < P; p++) {
    const completion = spec.completion(p, random);
    if (completion !== null) panel.completedWeek[p] = panel.firstWeek + completion;
    const personEffect = normal() * (spec.personSd ?? 8);
    for (let w = 0; w < W; w++) {
      if (random() < (spec.absentShare ?? 0)) continue;
      const e = completion === null ? null : w - completion;
      const treatment = e === null || e < 0 ? 0 : e === 0 ? effect(1) / 2 : effect(e);
      const drift = completion === null ? 0 : (spec.treatedDrift ?? 0) * (w - completion);
      const mean = (spec.base ?? 70) + personEffect + weekShock[w]! + treatment + drift;
      panel.n[p * W + w] = perWeek;
      // The sum of perWeek responses with sd noiseSd each.
      panel.sum[p * W + w] = perWeek * mean + Math.sqrt(perWeek) * (spec.noiseSd ?? 20) * normal();
    }
  }
  return panel;
}

/** Staggered completions: `treatedShare` of people complete uniformly in [from, to], the rest never. */
export function staggered(treatedShare: number, from: number, to: number) {
  return (_person: number, random: () => number) => (random() < treatedShare ? from + Math.floor(random() * (to - from + 1)) : null);
}
