import type { TextAnalyser, TextAnalysis } from "@/server/services/feedback/ingest";
import { scoreSentiment } from "./sentiment";
import { DEFAULT_THEMES, detectThemes, type Theme } from "./themes";

/**
 * The analyser for one taxonomy: what ingest stores for a comment, its sentiment (-1..1 and
 * label) and its themes. Pass the same taxonomy array each time: its compiled stems are cached
 * per array.
 */
export function analyserFor(taxonomy: Theme[]): TextAnalyser {
  return (comment) => {
    const { score, label } = scoreSentiment(comment);
    return { sentiment: score, sentimentLabel: label, themes: detectThemes(comment, taxonomy) };
  };
}

/** A comment analysed with the default taxonomy. */
export function analyseComment(comment: string): TextAnalysis {
  return analyserFor(DEFAULT_THEMES)(comment);
}
