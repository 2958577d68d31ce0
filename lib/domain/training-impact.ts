/**
 * The training impact estimator's fixed choices, shared by the server (server/services/training/
 * impact/) and the pages that state them. docs/training-impact.md gives the formulas.
 */
export const IMPACT_WINDOW = { preWeeks: 6, postWeeks: 6 } as const;

/** The "not enough data" rule's thresholds. */
export const IMPACT_MINIMUMS = {
  /** Responses a trained person needs in the pre window and again in the post window. */
  responsesPerPerson: 10,
  trainedPeople: 5,
  comparisonPeople: 5,
  /** Responses on each side: trained before, trained after, comparison before, comparison after. */
  responsesPerSide: 30,
} as const;

export const IMPACT_NOT_ENOUGH_DATA_RULE =
  `An effect is estimated only with at least ${IMPACT_MINIMUMS.trainedPeople} trained people who each have ` +
  `${IMPACT_MINIMUMS.responsesPerPerson} or more responses in the ${IMPACT_WINDOW.preWeeks} weeks before and in the ` +
  `${IMPACT_WINDOW.postWeeks} weeks after their completion week, at least ${IMPACT_MINIMUMS.comparisonPeople} comparison ` +
  `people (serving the touch point, not yet trained by the end of the window), and ${IMPACT_MINIMUMS.responsesPerSide} or ` +
  `more responses on each side (trained and comparison, before and after).`;

/** Customer KPIs whose impact is measured (operational KPIs are not: see docs/training-impact.md). */
export const IMPACT_KPI_KINDS = ["nps", "csat", "ces", "rating"] as const;
export type ImpactKpiKind = (typeof IMPACT_KPI_KINDS)[number];

/** The width of a KPI's range, to compare effects across KPIs: NPS -100..100, CSAT 0..100 %, CES 1..7. */
export function kpiRangeWidth(kind: ImpactKpiKind, scale?: { scaleMin: number; scaleMax: number } | null): number {
  switch (kind) {
    case "nps":
      return 200;
    case "csat":
      return 100;
    case "ces":
      return 6;
    case "rating":
      return scale ? scale.scaleMax - scale.scaleMin : 4;
  }
}
