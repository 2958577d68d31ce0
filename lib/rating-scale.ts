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
