import "server-only";
import type { RollupCounts } from "@/server/services/feedback/rollup-delta";

/**
 * DESIGN.md's KPI formulas over rollup counts (or counts made from raw rows: the same numbers).
 * Each returns null when there is nothing to measure; the minimum-sample rule is the caller's.
 */

/** % promoters (9-10) minus % detractors (0-6), -100..100. */
export const nps = (c: Pick<RollupCounts, "npsN" | "npsPromoters" | "npsDetractors">) =>
  c.npsN === 0 ? null : ((c.npsPromoters - c.npsDetractors) / c.npsN) * 100;

/** % of 1-5 answers that are 4 or 5. */
export const csat = (c: Pick<RollupCounts, "csatN" | "csatTopTwo">) => (c.csatN === 0 ? null : (c.csatTopTwo / c.csatN) * 100);
export const csatMean = (c: Pick<RollupCounts, "csatN" | "csatSum">) => (c.csatN === 0 ? null : c.csatSum / c.csatN);

/** Mean of 1-7 "easy to handle my issue"; % agree (5-7) beside it. */
export const cesMean = (c: Pick<RollupCounts, "cesN" | "cesSum">) => (c.cesN === 0 ? null : c.cesSum / c.cesN);
export const cesAgree = (c: Pick<RollupCounts, "cesN" | "cesAgree">) => (c.cesN === 0 ? null : (c.cesAgree / c.cesN) * 100);

/**
 * Mean of the ratings on the KPI's own scale (1-5, 0-10...; "not applicable" is stored as no
 * rating and never counted); beside it the top-box share: % of answers at or above the scale's
 * top_box_from (4-5 of five, 9-10 of ten), counted at ingest as ratingTopTwo.
 */
export const ratingMean = (c: Pick<RollupCounts, "ratingN" | "ratingSum">) => (c.ratingN === 0 ? null : c.ratingSum / c.ratingN);
export const ratingTopBox = (c: Pick<RollupCounts, "ratingN" | "ratingTopTwo">) =>
  c.ratingN === 0 ? null : (c.ratingTopTwo / c.ratingN) * 100;
