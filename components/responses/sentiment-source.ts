import { formatInstant } from "@/lib/day-in";
import type { RouterOutputs } from "@/lib/trpc/types";

type ResponseRow = RouterOutputs["responses"]["list"]["rows"][number];
type Source = ResponseRow["sentimentSource"];
type LastCorrection = ResponseRow["lastCorrection"];


/** Who decided a response's sentiment label, in a word or two: "by lexicon", "by model", "imported label", "corrected". */
export function sentimentSourceText(source: Source, last: LastCorrection): string | null {
  if (source === "lexicon") return "by lexicon";
  if (source === "model") return "by model";
  if (source === "label") return last?.source === "import" ? "imported label" : "corrected";
  return null;
}

/** The "who and when" of the latest correction, for a hover title, in the organisation's zone. */
export function correctionTitle(last: LastCorrection, timeZone: string): string | undefined {
  if (!last) return undefined;
  const when = formatInstant(timeZone, last.at);
  return last.source === "import" ? `Label imported with the file, ${when}` : `Corrected by ${last.byName ?? "a former colleague"}, ${when}`;
}
