import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { SENTIMENT_LABELS, type SentimentLabel } from "@/lib/domain/sentiment";
import type { LabelledTweet, SurveyAnswer } from "./skyward-comments";
import { SKYWARD_RATING_COLUMNS } from "./skyward-data";

/** The demo's two source files as the pairing reads them (see ../shared/datasets/README.md). */

const isLabel = (value: string | undefined): value is SentimentLabel => SENTIMENT_LABELS.includes(value as SentimentLabel);

export function readLabelledTweets(file: string): LabelledTweet[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;
  return rows.flatMap((row) =>
    isLabel(row.airline_sentiment) && row.tweet_id && row.text
      ? [{ id: row.tweet_id, label: row.airline_sentiment, negativeReason: row.negativereason ?? "", text: row.text }]
      : [],
  );
}

/**
 * Every answered rating of the passenger survey, numbered by line as the import numbers rows
 * (the header is line 1; the file has no multi-line records). 0 is "not applicable".
 */
export function readSurveyAnswers(file: string): SurveyAnswer[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;
  return rows.flatMap((row, index) =>
    SKYWARD_RATING_COLUMNS.flatMap((column) => {
      const rating = Number(row[column]);
      return Number.isInteger(rating) && rating >= 1 && rating <= 5 ? [{ line: index + 2, column, rating }] : [];
    }),
  );
}

/** The survey's column names, in order (its first line). */
export function readSurveyHeader(file: string): string[] {
  const firstLine = readFileSync(file, "utf8").split(/\r?\n/, 1)[0] ?? "";
  return Papa.parse<string[]>(firstLine).data[0] ?? [];
}
