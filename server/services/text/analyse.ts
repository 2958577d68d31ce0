import type { TextAnalysis } from "@/server/services/feedback/ingest";
import { scoreSentiment } from "./sentiment";
import { detectThemes } from "./themes";

/** What ingest stores for a comment: its sentiment (-1..1 and label) and its themes. */
export function analyseComment(comment: string): TextAnalysis {
  const { score, label } = scoreSentiment(comment);
  return { sentiment: score, sentimentLabel: label, themes: detectThemes(comment) };
}
