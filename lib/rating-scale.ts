/** A rating KPI's scale: its ends, what they mean, and where its top box starts. */
export type RatingScale = {
  scaleMin: number;
  scaleMax: number;
  scaleMinLabel: string | null;
  scaleMaxLabel: string | null;
  topBoxFrom: number;
};

/** The scale rating KPIs had before scales could be chosen: 1-5, with 4-5 as the top box. */
export const DEFAULT_RATING_SCALE: RatingScale = { scaleMin: 1, scaleMax: 5, scaleMinLabel: null, scaleMaxLabel: null, topBoxFrom: 4 };

/**
 * The scale of a new rating KPI for a column of whole numbers from `min` to `max` (an import's
 * guess): the top box is the top two points (4-5 of five, 9-10 of ten, 6-7 of seven).
 */
export function ratingScaleOf(min: number, max: number): RatingScale {
  return { scaleMin: min, scaleMax: max, scaleMinLabel: null, scaleMaxLabel: null, topBoxFrom: max - 1 };
}

/** A new rating KPI's target and warning line: where 4 and 3.5 sit on a 1-5 scale, placed on `scale`. */
export function ratingTargetsOf(scale: Pick<RatingScale, "scaleMin" | "scaleMax">): { target: number; warningThreshold: number } {
  const at = (share: number) => Math.round((scale.scaleMin + share * (scale.scaleMax - scale.scaleMin)) * 10) / 10;
  return { target: at(0.75), warningThreshold: at(0.625) };
}
