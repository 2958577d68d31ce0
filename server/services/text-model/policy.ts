import "server-only";
import type { LabelCounts } from "@/db/schema";
import { SENTIMENT_CLASSES } from "@/lib/domain/sentiment";

/*
 * The rules that decide when an organisation's own sentiment model is trained and used
 * (docs/text-analytics.md). Kept apart from the code that applies them so that the page, the
 * jobs and the tests read the same numbers.
 */

/** Fewer labels than this give a held-out part too small to say anything. */
export const MIN_LABELS = 30;
/** Each of negative, neutral and positive needs this many, or the model cannot learn it. */
export const MIN_PER_CLASS = 5;
/** One fixed seed: the same labels always give the same split and the same model. */
export const TRAINING_SEED = 7;
/** Automatic training waits until the labels grew by this share of the last model's labels... */
export const AUTO_TRAIN_GROWTH_SHARE = 0.1;
/** ...and by at least this many, so a few corrections do not retrain each time. */
export const AUTO_TRAIN_MIN_GROWTH = 50;

export const totalOf = (counts: LabelCounts) => counts.negative + counts.neutral + counts.positive;

/** Why the labels are not enough to train on yet, or null when they are. */
export function notReadyReason(counts: LabelCounts): string | null {
  const total = totalOf(counts);
  if (total < MIN_LABELS) {
    return `Training needs at least ${MIN_LABELS} labelled comments; there ${total === 1 ? "is" : "are"} ${total}.`;
  }
  const short = SENTIMENT_CLASSES.filter((label) => counts[label] < MIN_PER_CLASS);
  if (short.length > 0) {
    const list = short.map((label) => `${label} (${counts[label]})`).join(", ");
    return `Training needs at least ${MIN_PER_CLASS} labelled comments of each sentiment; too few are ${list}.`;
  }
  return null;
}

/**
 * Whether automatic training should run: the labels are enough, and they grew by at least
 * AUTO_TRAIN_MIN_GROWTH and AUTO_TRAIN_GROWTH_SHARE since the labels the last model learnt from
 * (null: no model yet).
 */
export function labelsGrewEnough(counts: LabelCounts, lastModelLabels: number | null): boolean {
  if (notReadyReason(counts) !== null) return false;
  if (lastModelLabels === null) return true;
  const growth = totalOf(counts) - lastModelLabels;
  return growth >= AUTO_TRAIN_MIN_GROWTH && growth >= Math.ceil(lastModelLabels * AUTO_TRAIN_GROWTH_SHARE);
}
