import type { ScoreKind } from "@/server/services/surveys/questions";
import { DEFAULT_RATING_SCALE, type RatingScale } from "@/lib/rating-scale";

export type Scale = {
  min: number;
  max: number;
  /** A word for every value where one fits (5- and 7-point scales); the ends always have one. */
  labels: Record<number, string>;
  /** Tiles per row on a phone; 0-10 in one row would be too small to tap. */
  phoneColumns: number;
};

export const SCALES: Record<ScoreKind, Scale> = {
  nps: { min: 0, max: 10, labels: { 0: "Not at all likely", 10: "Extremely likely" }, phoneColumns: 6 },
  csat: {
    min: 1,
    max: 5,
    labels: { 1: "Very dissatisfied", 2: "Dissatisfied", 3: "Neither satisfied nor dissatisfied", 4: "Satisfied", 5: "Very satisfied" },
    phoneColumns: 5,
  },
  ces: {
    min: 1,
    max: 7,
    labels: {
      1: "Strongly disagree",
      2: "Disagree",
      3: "Somewhat disagree",
      4: "Neither agree nor disagree",
      5: "Somewhat agree",
      6: "Agree",
      7: "Strongly agree",
    },
    phoneColumns: 7,
  },
  rating: { min: 1, max: 5, labels: { 1: "Very poor", 2: "Poor", 3: "Fair", 4: "Good", 5: "Excellent" }, phoneColumns: 5 },
};

export const scaleValues = (scale: Scale) => Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);

/**
 * A rating question on its touch point's scale: the default 1-5 keeps a word for every value;
 * any other scale names its ends (its own labels, or the default words) and wraps on a phone.
 */
export function surveyScaleOf(scale: RatingScale): Scale {
  const standard = scale.scaleMin === DEFAULT_RATING_SCALE.scaleMin && scale.scaleMax === DEFAULT_RATING_SCALE.scaleMax;
  if (standard && !scale.scaleMinLabel && !scale.scaleMaxLabel) return SCALES.rating;
  const points = scale.scaleMax - scale.scaleMin + 1;
  return {
    min: scale.scaleMin,
    max: scale.scaleMax,
    labels: { [scale.scaleMin]: scale.scaleMinLabel ?? "Very poor", [scale.scaleMax]: scale.scaleMaxLabel ?? "Excellent" },
    phoneColumns: points <= 7 ? points : points === 10 ? 5 : 6,
  };
}
