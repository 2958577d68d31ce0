import type { RouterOutputs } from "@/lib/trpc/types";

type ResponseRow = RouterOutputs["responses"]["list"]["rows"][number];
type Source = ResponseRow["sentimentSource"];
type LastCorrection = ResponseRow["lastCorrection"];

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Who decided a response's sentiment label, in a word or two: "by lexicon", "by model", "imported label", "corrected". */
export function sentimentSourceText(source: Source, last: LastCorrection): string | null {
  if (source === "lexicon") return "by lexicon";
  if (source === "model") return "by model";
  if (source === "label") return last?.source === "import" ? "imported label" : "corrected";
  return null;
}

/** The "who and when" of the latest correction, for a hover title. */
export function correctionTitle(last: LastCorrection): string | undefined {
  if (!last) return undefined;
  const when = `${timeFormat.format(last.at)} UTC`;
  return last.source === "import" ? `Label imported with the file, ${when}` : `Corrected by ${last.byName ?? "a former colleague"}, ${when}`;
}
