import "server-only";
import { IMPACT_MINIMUMS, IMPACT_WINDOW } from "@/lib/domain/training-impact";

/** The estimator's parameters; docs/training-impact.md explains each default. */
export type ImpactOptions = {
  /** Pre weeks: event times -pre..-1. */
  pre: number;
  /** Post weeks: event times 1..post (the completion week, 0, is left out as partly treated). */
  post: number;
  /** A trained person counts only with at least this many responses before and after. */
  minResponses: number;
  /** Bootstrap replicates (0: no interval). */
  replicates: number;
  /** Seed of the bootstrap's generator (pure-rand xoroshiro128plus). */
  seed: number;
  /** "Not enough data" below this many trained people... */
  minTreated: number;
  /** ...or this many distinct comparison people... */
  minControls: number;
  /** ...or this many responses on any side (trained or comparison, before or after). */
  minSideResponses: number;
};

export const DEFAULT_IMPACT_OPTIONS: ImpactOptions = {
  pre: IMPACT_WINDOW.preWeeks,
  post: IMPACT_WINDOW.postWeeks,
  minResponses: IMPACT_MINIMUMS.responsesPerPerson,
  replicates: 999,
  seed: 20_260_616,
  minTreated: IMPACT_MINIMUMS.trainedPeople,
  minControls: IMPACT_MINIMUMS.comparisonPeople,
  minSideResponses: IMPACT_MINIMUMS.responsesPerSide,
};
