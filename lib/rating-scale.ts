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

/** The ends the database accepts (kpis_rating_scale): a rating is a small whole number. */
export const SCALE_FLOOR = 0;
export const SCALE_CEILING = 100;
export const SCALE_LABEL_MAX = 40;

export type RatingScalePreset = { id: string; label: string; scale: RatingScale };

/** The usual scales, each with its conventional top-two box. */
export const RATING_SCALE_PRESETS: readonly RatingScalePreset[] = [
  { id: "1-5", label: "1 to 5", scale: { scaleMin: 1, scaleMax: 5, scaleMinLabel: "Very poor", scaleMaxLabel: "Excellent", topBoxFrom: 4 } },
  { id: "1-7", label: "1 to 7", scale: { scaleMin: 1, scaleMax: 7, scaleMinLabel: "Very poor", scaleMaxLabel: "Excellent", topBoxFrom: 6 } },
  { id: "1-10", label: "1 to 10", scale: { scaleMin: 1, scaleMax: 10, scaleMinLabel: "Very poor", scaleMaxLabel: "Excellent", topBoxFrom: 9 } },
  { id: "0-10", label: "0 to 10", scale: { scaleMin: 0, scaleMax: 10, scaleMinLabel: "Very poor", scaleMaxLabel: "Excellent", topBoxFrom: 9 } },
];

/** The preset with these ends, if any ("custom" otherwise). */
export const presetOf = (scale: Pick<RatingScale, "scaleMin" | "scaleMax">): RatingScalePreset | undefined =>
  RATING_SCALE_PRESETS.find((preset) => preset.scale.scaleMin === scale.scaleMin && preset.scale.scaleMax === scale.scaleMax);

/**
 * The top two answers (4-5 of five, 9-10 of ten, 6-7 of seven) as is usual; a scale of three
 * points or fewer has only its top answer as the top box.
 */
export const defaultTopBoxFrom = (scaleMin: number, scaleMax: number) => (scaleMax - scaleMin + 1 >= 4 ? scaleMax - 1 : scaleMax);

/** The smallest usual scale holding every value seen (a column of 1-10 answers is a 1-10 scale), for guessing a file's scale. */
export function presetForValues(values: readonly number[]): RatingScalePreset | undefined {
  const whole = values.filter((value) => Number.isFinite(value));
  if (whole.length === 0 || whole.some((value) => !Number.isInteger(value))) return undefined;
  const low = Math.min(...whole);
  const high = Math.max(...whole);
  const fitting = RATING_SCALE_PRESETS.filter(({ scale }) => scale.scaleMin <= low && high <= scale.scaleMax);
  return fitting.sort((a, b) => a.scale.scaleMax - a.scale.scaleMin - (b.scale.scaleMax - b.scale.scaleMin) || b.scale.scaleMin - a.scale.scaleMin)[0];
}

export type ScaleFields = {
  scaleMin?: number | null;
  scaleMax?: number | null;
  scaleMinLabel?: string | null;
  scaleMaxLabel?: string | null;
  topBoxFrom?: number | null;
};

/** The scale a rating KPI gets from what was sent: without ends, the default 1-5; without a top box, the usual top two. */
export function resolveRatingScale(fields: ScaleFields): RatingScale {
  if (fields.scaleMin == null || fields.scaleMax == null) {
    return { ...DEFAULT_RATING_SCALE, scaleMinLabel: fields.scaleMinLabel || null, scaleMaxLabel: fields.scaleMaxLabel || null };
  }
  return {
    scaleMin: fields.scaleMin,
    scaleMax: fields.scaleMax,
    scaleMinLabel: fields.scaleMinLabel?.trim() || null,
    scaleMaxLabel: fields.scaleMaxLabel?.trim() || null,
    topBoxFrom: fields.topBoxFrom ?? defaultTopBoxFrom(fields.scaleMin, fields.scaleMax),
  };
}

/** A stored KPI's scale: null for every kind but rating (and for a rating row missing one, which the database refuses). */
export function ratingScaleOf(kpi: { kind: string } & ScaleFields): RatingScale | null {
  if (kpi.kind !== "rating" || kpi.scaleMin == null || kpi.scaleMax == null || kpi.topBoxFrom == null) return null;
  return { scaleMin: kpi.scaleMin, scaleMax: kpi.scaleMax, scaleMinLabel: kpi.scaleMinLabel ?? null, scaleMaxLabel: kpi.scaleMaxLabel ?? null, topBoxFrom: kpi.topBoxFrom };
}

export type ScaleIssue = { field: keyof RatingScale; message: string };

/** Why a scale cannot be used, field by field (none when it can). */
export function ratingScaleIssues(scale: RatingScale): ScaleIssue[] {
  const issues: ScaleIssue[] = [];
  const whole = (field: "scaleMin" | "scaleMax" | "topBoxFrom", label: string) => {
    const value = scale[field];
    if (!Number.isInteger(value)) issues.push({ field, message: `${label} must be a whole number (got ${value})` });
    return Number.isInteger(value);
  };
  const minOk = whole("scaleMin", "The scale's lowest answer");
  const maxOk = whole("scaleMax", "The scale's highest answer");
  const topOk = whole("topBoxFrom", "The top box's lowest answer");
  if (minOk && (scale.scaleMin < SCALE_FLOOR || scale.scaleMin >= SCALE_CEILING)) {
    issues.push({ field: "scaleMin", message: `The scale's lowest answer must be between ${SCALE_FLOOR} and ${SCALE_CEILING - 1} (got ${scale.scaleMin})` });
  }
  if (maxOk && scale.scaleMax > SCALE_CEILING) {
    issues.push({ field: "scaleMax", message: `The scale's highest answer must be at most ${SCALE_CEILING} (got ${scale.scaleMax})` });
  }
  if (minOk && maxOk && scale.scaleMax <= scale.scaleMin) {
    issues.push({ field: "scaleMax", message: `The scale's highest answer (${scale.scaleMax}) must be above its lowest (${scale.scaleMin})` });
  }
  if (minOk && maxOk && topOk && scale.scaleMax > scale.scaleMin && (scale.topBoxFrom <= scale.scaleMin || scale.topBoxFrom > scale.scaleMax)) {
    issues.push({
      field: "topBoxFrom",
      message: `The top box must start above ${scale.scaleMin} and at most at ${scale.scaleMax} (got ${scale.topBoxFrom})`,
    });
  }
  for (const field of ["scaleMinLabel", "scaleMaxLabel"] as const) {
    const label = scale[field];
    if (label && label.length > SCALE_LABEL_MAX) issues.push({ field, message: `An end's label must be at most ${SCALE_LABEL_MAX} characters` });
  }
  return issues;
}

/** "1-10", "0-10". */
export const scaleRangeText = (scale: Pick<RatingScale, "scaleMin" | "scaleMax">) => `${scale.scaleMin}-${scale.scaleMax}`;

/** The answers in the top box: "9-10", or "5" when it is the top answer alone. */
export const topBoxRangeText = (scale: Pick<RatingScale, "scaleMax" | "topBoxFrom">) =>
  scale.topBoxFrom === scale.scaleMax ? `${scale.scaleMax}` : `${scale.topBoxFrom}-${scale.scaleMax}`;

/** "9-10 of 10", "4-5 of 5": the top box as the KPI defines it. */
export const topBoxText = (scale: Pick<RatingScale, "scaleMax" | "topBoxFrom">) => `${topBoxRangeText(scale)} of ${scale.scaleMax}`;

/** The unit a rating KPI reads in: "/10" ("/5" for the default scale). */
export const ratingUnit = (scale: Pick<RatingScale, "scaleMax">) => `/${scale.scaleMax}`;

/** "1-10 (1 = Poor, 10 = Excellent)": the scale with what its ends mean, where they are named. */
export function scaleDescription(scale: RatingScale): string {
  const ends = [
    scale.scaleMinLabel ? `${scale.scaleMin} = ${scale.scaleMinLabel}` : null,
    scale.scaleMaxLabel ? `${scale.scaleMax} = ${scale.scaleMaxLabel}` : null,
  ].filter(Boolean);
  return ends.length ? `${scaleRangeText(scale)} (${ends.join(", ")})` : scaleRangeText(scale);
}

/** Whether a value is an answer on the scale: a whole number between its ends. */
export const fitsScale = (value: number, scale: Pick<RatingScale, "scaleMin" | "scaleMax">) =>
  Number.isInteger(value) && value >= scale.scaleMin && value <= scale.scaleMax;

/**
 * What is stored for a submitted rating: null when none was given. On a scale starting at 1 or
 * more, 0 is what senders have always used for "not applicable", so it is stored as null; on a
 * scale starting at 0 it is an answer like any other.
 */
export function normaliseRating(value: number | null | undefined, scale: Pick<RatingScale, "scaleMin">): number | null {
  if (value === null || value === undefined) return null;
  return value === 0 && scale.scaleMin >= 1 ? null : value;
}

/** Why a submitted rating is refused, naming the field, the value and the range; null when it is fine (after normaliseRating). */
export function ratingRangeIssue(value: number | null | undefined, scale: Pick<RatingScale, "scaleMin" | "scaleMax">, field = "rating"): string | null {
  const stored = normaliseRating(value, scale);
  if (stored === null || fitsScale(stored, scale)) return null;
  return `${field} ${stored} is outside the touch point's rating scale ${scaleRangeText(scale)}`;
}

/** The scale's ends as a chart's value axis. */
export const scaleDomain = (scale: Pick<RatingScale, "scaleMin" | "scaleMax">): [number, number] => [scale.scaleMin, scale.scaleMax];

/** The scale of a new rating KPI for a column of whole numbers from `min` to `max` (an import's guess), with the usual top box. */
export function guessedRatingScale(min: number, max: number): RatingScale {
  return { scaleMin: min, scaleMax: max, scaleMinLabel: null, scaleMaxLabel: null, topBoxFrom: defaultTopBoxFrom(min, max) };
}

/** A new rating KPI's target and warning line: where 4 and 3.5 sit on a 1-5 scale, placed on `scale`. */
export function ratingTargetsOf(scale: Pick<RatingScale, "scaleMin" | "scaleMax">): { target: number; warningThreshold: number } {
  const at = (share: number) => Math.round((scale.scaleMin + share * (scale.scaleMax - scale.scaleMin)) * 10) / 10;
  return { target: at(0.75), warningThreshold: at(0.625) };
}
