import "server-only";
import { DEFAULT_RATING_SCALE } from "@/lib/rating-scale";
import type { SentimentLabel } from "@/lib/domain/sentiment";

/** What one response adds to its day's rollup: the counts and sums the KPI formulas need. */

export type RollupCounts = {
  responses: number;
  npsN: number;
  npsPromoters: number;
  npsPassives: number;
  npsDetractors: number;
  csatN: number;
  csatSum: number;
  csatSumSq: number;
  csatTopTwo: number;
  cesN: number;
  cesSum: number;
  cesSumSq: number;
  cesAgree: number;
  ratingN: number;
  ratingSum: number;
  ratingSumSq: number;
  /** Top-box answers: at or above the scale's top_box_from (the column keeps its 1-5 era name). */
  ratingTopTwo: number;
  sentimentN: number;
  sentimentSum: number;
  positiveN: number;
  neutralN: number;
  negativeN: number;
  commentsN: number;
};

export type ScoredResponse = {
  npsScore: number | null;
  csatScore: number | null;
  cesScore: number | null;
  rating: number | null;
  sentiment: number | null;
  sentimentLabel: SentimentLabel | null;
  comment: string | null;
};

export const emptyCounts = (): RollupCounts => ({
  responses: 0,
  npsN: 0,
  npsPromoters: 0,
  npsPassives: 0,
  npsDetractors: 0,
  csatN: 0,
  csatSum: 0,
  csatSumSq: 0,
  csatTopTwo: 0,
  cesN: 0,
  cesSum: 0,
  cesSumSq: 0,
  cesAgree: 0,
  ratingN: 0,
  ratingSum: 0,
  ratingSumSq: 0,
  ratingTopTwo: 0,
  sentimentN: 0,
  sentimentSum: 0,
  positiveN: 0,
  neutralN: 0,
  negativeN: 0,
  commentsN: 0,
});

/** Where the top box of the default 1-5 rating scale starts (lib/rating-scale.ts). */
const DEFAULT_TOP_BOX = DEFAULT_RATING_SCALE.topBoxFrom;

export function countsOf(response: ScoredResponse, ratingTopBoxFrom = DEFAULT_TOP_BOX): RollupCounts {
  return addResponse(emptyCounts(), response, ratingTopBoxFrom);
}

/**
 * Adds one response to `into` in place (ingest sums thousands of them per batch). A rating is
 * stored only when it fits its touch point's scale (ingest.ts), so every stored one counts;
 * `ratingTopBoxFrom` is where that scale's top box starts.
 */
export function addResponse(into: RollupCounts, response: ScoredResponse, ratingTopBoxFrom = DEFAULT_TOP_BOX): RollupCounts {
  into.responses += 1;
  const { npsScore: nps, csatScore: csat, cesScore: ces, rating } = response;
  if (nps !== null) {
    into.npsN += 1;
    if (nps >= 9) into.npsPromoters += 1;
    else if (nps >= 7) into.npsPassives += 1;
    else into.npsDetractors += 1;
  }
  if (csat !== null) {
    into.csatN += 1;
    into.csatSum += csat;
    into.csatSumSq += csat * csat;
    if (csat >= 4) into.csatTopTwo += 1;
  }
  if (ces !== null) {
    into.cesN += 1;
    into.cesSum += ces;
    into.cesSumSq += ces * ces;
    if (ces >= 5) into.cesAgree += 1;
  }
  // "Not applicable" is stored as null: the response counts, the rating does not.
  if (rating !== null) {
    into.ratingN += 1;
    into.ratingSum += rating;
    into.ratingSumSq += rating * rating;
    if (rating >= ratingTopBoxFrom) into.ratingTopTwo += 1;
  }
  if (response.sentiment !== null) {
    into.sentimentN += 1;
    into.sentimentSum += response.sentiment;
  }
  if (response.sentimentLabel === "positive") into.positiveN += 1;
  if (response.sentimentLabel === "neutral") into.neutralN += 1;
  if (response.sentimentLabel === "negative") into.negativeN += 1;
  if (response.comment && response.comment.trim()) into.commentsN += 1;
  return into;
}

export function addCounts(into: RollupCounts, more: RollupCounts): RollupCounts {
  for (const key of Object.keys(into) as (keyof RollupCounts)[]) into[key] += more[key];
  return into;
}

/** "class=Business|travel=Personal": attribute names sorted, so equal segments share a key. */
export function segmentKeyOf(segment: Record<string, string>): string {
  // Byte order, as PostgreSQL's "C" collation sorts them in the SQL rebuild.
  return Object.keys(segment)
    .sort(byUtf8Bytes)
    .map((name) => `${name}=${segment[name]}`)
    .join("|");
}

/*
 * UTF-16 code-unit order is UTF-8 byte order except between a surrogate pair (U+10000 and up)
 * and U+E000-U+FFFF; only names with such characters pay for the byte comparison.
 */
const SURROGATE_OR_LATER = /[\uD800-\uFFFF]/;
function byUtf8Bytes(a: string, b: string): number {
  if (SURROGATE_OR_LATER.test(a) || SURROGATE_OR_LATER.test(b)) return Buffer.compare(Buffer.from(a), Buffer.from(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The organisation's day ("2026-03-08") an instant counts under (rollup-time-zone.ts gives the database's answer). */
export type DayOf = (instant: Date) => string;
