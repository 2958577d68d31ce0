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
  sentimentLabel: "positive" | "neutral" | "negative" | null;
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

export function countsOf(response: ScoredResponse): RollupCounts {
  const counts = emptyCounts();
  counts.responses = 1;
  const { npsScore: nps, csatScore: csat, cesScore: ces, rating } = response;
  if (nps !== null) {
    counts.npsN = 1;
    if (nps >= 9) counts.npsPromoters = 1;
    else if (nps >= 7) counts.npsPassives = 1;
    else counts.npsDetractors = 1;
  }
  if (csat !== null) Object.assign(counts, { csatN: 1, csatSum: csat, csatSumSq: csat * csat, csatTopTwo: csat >= 4 ? 1 : 0 });
  if (ces !== null) Object.assign(counts, { cesN: 1, cesSum: ces, cesSumSq: ces * ces, cesAgree: ces >= 5 ? 1 : 0 });
  // 0 is "not applicable": the response counts, the rating does not.
  if (rating !== null && rating > 0) {
    Object.assign(counts, { ratingN: 1, ratingSum: rating, ratingSumSq: rating * rating, ratingTopTwo: rating >= 4 ? 1 : 0 });
  }
  if (response.sentiment !== null) {
    counts.sentimentN = 1;
    counts.sentimentSum = response.sentiment;
  }
  if (response.sentimentLabel === "positive") counts.positiveN = 1;
  if (response.sentimentLabel === "neutral") counts.neutralN = 1;
  if (response.sentimentLabel === "negative") counts.negativeN = 1;
  if (response.comment && response.comment.trim()) counts.commentsN = 1;
  return counts;
}

export function addCounts(into: RollupCounts, more: RollupCounts): RollupCounts {
  for (const key of Object.keys(into) as (keyof RollupCounts)[]) into[key] += more[key];
  return into;
}

/** "class=Business|travel=Personal": attribute names sorted, so equal segments share a key. */
export function segmentKeyOf(segment: Record<string, string>): string {
  // Byte order, as PostgreSQL's "C" collation sorts them in the SQL rebuild.
  return Object.keys(segment)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((name) => `${name}=${segment[name]}`)
    .join("|");
}

export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
