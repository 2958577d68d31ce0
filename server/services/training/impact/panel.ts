import "server-only";

/**
 * A KPI's responses at one touch point, per person and week: what the impact estimator reads.
 * Every KPI is a mean of per-response values (NPS: +100/0/-100; CSAT: 100 for 4-5, else 0;
 * CES and rating: the score), so a cell is a sum of values and a count of responses.
 * See docs/training-impact.md.
 */
export type Panel = {
  /** Week index (weeks since the Monday 1970-01-05) of column 0. */
  firstWeek: number;
  /** Number of week columns. */
  weeks: number;
  /** One row per person; row p of `sum` and `n` is [p * weeks, (p + 1) * weeks). */
  people: readonly string[];
  sum: Float64Array;
  n: Float64Array;
  /** Each person's completion week (a week index), or NEVER when they have not completed. */
  completedWeek: Int32Array;
};

/** Completion week of a person who has not completed (later than any real week). */
export const NEVER = 2 ** 31 - 1;

const DAY_MS = 86_400_000;
/** 1970-01-05 is the first Monday after the epoch: day 4. */
const FIRST_MONDAY = 4;

/** The Monday-start week index of a day ("YYYY-MM-DD", a day in the organisation's time zone). */
export function weekOf(day: string): number {
  const days = Math.round(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / DAY_MS);
  return Math.floor((days - FIRST_MONDAY) / 7);
}

/** The Monday ("YYYY-MM-DD") that starts week `week`. */
export function mondayOf(week: number): string {
  return new Date((FIRST_MONDAY + week * 7) * DAY_MS).toISOString().slice(0, 10);
}

/** An empty panel over the weeks [firstWeek, lastWeek] for these people (none completed). */
export function emptyPanel(people: readonly string[], firstWeek: number, lastWeek: number): Panel {
  const weeks = Math.max(0, lastWeek - firstWeek + 1);
  return {
    firstWeek,
    weeks,
    people,
    sum: new Float64Array(people.length * weeks),
    n: new Float64Array(people.length * weeks),
    completedWeek: new Int32Array(people.length).fill(NEVER),
  };
}
