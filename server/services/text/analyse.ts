import "server-only";
import type { TextAnalyser, TextAnalysis } from "@/server/services/feedback/ingest";
import type { SentimentClassifier } from "./classifier/types";
import { scoreSentiment } from "./sentiment";
import { DEFAULT_THEMES, detectThemes, type Theme } from "./themes";

export type AnalyserOptions = {
  /** The organisation's active model; without one the lexicon (AFINN) scores the comment. */
  model?: SentimentClassifier | null;
  /** ISO 639-3 code of the comment's language, or null when it is too short to tell. */
  detectLanguage?: (text: string) => string | null;
};

/**
 * The themes that apply to a response at this touch point (a taxonomy can differ per journey);
 * without a touch point, every theme. Return the same array for the same journey each time.
 */
export type TaxonomyFor = (touchPointId?: string) => Theme[];

const ENGLISH = "eng";

/**
 * The analyser for one taxonomy (or one per journey): what ingest stores for a comment, its sentiment (-1..1 and
 * label, and who decided it) and its themes. Pass the same taxonomy array each time: its compiled
 * stems are cached per array.
 *
 * A comment detected as another language keeps its language and nothing else: the lexicon, the
 * model and the taxonomy all read English, and would score it as neutral English and tag it by
 * chance. One too short to tell is read as English.
 */
export function analyserFor(taxonomy: Theme[] | TaxonomyFor, { model = null, detectLanguage }: AnalyserOptions = {}): TextAnalyser {
  const taxonomyFor: TaxonomyFor = Array.isArray(taxonomy) ? () => taxonomy : taxonomy;
  return (comment, touchPointId) => {
    const language = detectLanguage?.(comment) ?? null;
    if (language !== null && language !== ENGLISH) {
      return { sentiment: null, sentimentLabel: null, sentimentSource: null, themes: [], language };
    }
    const themes = detectThemes(comment, taxonomyFor(touchPointId));
    if (model) {
      const { score, label } = model.predict(comment);
      return { sentiment: score, sentimentLabel: label, sentimentSource: "model", themes, language };
    }
    const { score, label } = scoreSentiment(comment);
    return { sentiment: score, sentimentLabel: label, sentimentSource: "lexicon", themes, language };
  };
}

/** A comment analysed with the default taxonomy and the lexicon. */
export function analyseComment(comment: string): TextAnalysis {
  return analyserFor(DEFAULT_THEMES)(comment);
}
