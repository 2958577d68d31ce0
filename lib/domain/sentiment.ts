/** The three sentiment labels, as stored, as the API and the CSV import take them, and as people correct them. */
export const SENTIMENT_LABELS = ["positive", "neutral", "negative"] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

/**
 * The sentiment score of a label a person gave (or an import carried): a certainty, so the ends
 * and the middle of the -1..1 scale. A model's score is P(positive) - P(negative), the
 * lexicon's tanh of its comparative score.
 */
export const LABEL_SCORE: Record<SentimentLabel, number> = { positive: 1, neutral: 0, negative: -1 };

/**
 * The same labels from the most negative up: the classifier's class indices, the rows and columns
 * of every confusion matrix, per-class lists. Stored models depend on this order.
 */
export const SENTIMENT_CLASSES = ["negative", "neutral", "positive"] as const satisfies readonly SentimentLabel[];

export const SENTIMENT_LABEL_NAMES: Record<SentimentLabel, string> = {
  positive: "Positive",
  neutral: "Neutral",
  negative: "Negative",
};

/** What decided a response's sentiment: the word list, the organisation's model, or a label people gave. */
export const SENTIMENT_SOURCES = ["lexicon", "model", "label"] as const;
export type SentimentSource = (typeof SENTIMENT_SOURCES)[number];
