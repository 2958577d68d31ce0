import type { SentimentLabel } from "@/lib/domain/sentiment";
import type { ColumnRole } from "./types";

/** How a sentiment label column writes its labels: words only, or also -1 / 0 / 1. */
export type LabelNumbers = "words" | "signed";

const WORDS: Record<string, SentimentLabel> = {
  positive: "positive",
  pos: "positive",
  neutral: "neutral",
  neu: "neutral",
  neut: "neutral",
  negative: "negative",
  neg: "negative",
};
const SIGNED: Record<string, SentimentLabel> = { "-1": "negative", "0": "neutral", "1": "positive", "+1": "positive" };
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

export type ParsedLabel = { ok: true; label: SentimentLabel | null } | { ok: false; reason: string };

/**
 * A sentiment label cell: positive / neutral / negative in any case, or pos / neu / neg; an empty
 * cell is no label. Numbers are read only in a column known to write -1, 0 and 1 (`signed`): a
 * lone 0 or 1 could as well be a 0/1 flag or a 1-5 score, where 1 would mean the opposite.
 */
export function parseSentimentLabel(text: string, numbers: LabelNumbers): ParsedLabel {
  const value = text.trim().toLowerCase();
  if (!value) return { ok: true, label: null };
  const word = WORDS[value];
  if (word) return { ok: true, label: word };
  const signed = numbers === "signed" ? SIGNED[value] : undefined;
  if (signed) return { ok: true, label: signed };
  if (NUMBER.test(value) && numbers === "words") {
    return { ok: false, reason: `Sentiment label "${text.trim()}" is a number: write positive, neutral or negative (numbers are read only in a column of -1, 0 and 1)` };
  }
  const allowed = numbers === "signed" ? "positive, neutral, negative, -1, 0 or 1" : "positive, neutral or negative";
  return { ok: false, reason: `Sentiment label "${text.trim().slice(0, 40)}" is not ${allowed}` };
}

/**
 * The sentiment label role for a column, from its sample values: numbers are read only when the
 * sample writes -1 and holds no other number than -1, 0 and 1 (unambiguous), never a 0/1 flag.
 */
export function sentimentLabelRoleFor(samples: string[][], column: number): Extract<ColumnRole, { kind: "sentimentLabel" }> {
  const values = samples.map((row) => (row[column] ?? "").trim()).filter(Boolean);
  const numeric = values.filter((value) => NUMBER.test(value));
  const signed = numeric.includes("-1") && numeric.every((value) => value in SIGNED);
  return { kind: "sentimentLabel", numbers: signed ? "signed" : "words" };
}

/**
 * Whether the column's sample values read as labels, for a column whose header already says so:
 * most of them (a few bad values are then rejected rows with their lines, not a column left
 * unguessed).
 */
export function looksLikeLabels(samples: string[][], column: number): boolean {
  const role = sentimentLabelRoleFor(samples, column);
  const values = samples.map((row) => (row[column] ?? "").trim()).filter(Boolean);
  const read = values.filter((value) => parseSentimentLabel(value, role.numbers).ok).length;
  return read * 2 > values.length;
}
