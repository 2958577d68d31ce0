/*
 * Every free text of the shared datasets, all written in English: what language detection must
 * call English (bench/language.ts, server/services/text/language-dataset.test.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { DATASETS_DIR, loadTweets, readCsv } from "./sentiment";

export type EnglishTexts = { source: string; texts: string[] };

/** Each source's non-empty texts; null when the datasets folder is absent. */
export function loadEnglishTexts(dir = DATASETS_DIR): EnglishTexts[] | null {
  const reviewsFile = path.join(dir, "british-airways-reviews.csv");
  const complaintsFile = path.join(dir, "consumer-complaints-sample.csv");
  if (!fs.existsSync(reviewsFile) || !fs.existsSync(complaintsFile)) return null;
  const reviews = readCsv(reviewsFile);
  const nonEmpty = (texts: string[]) => texts.map((text) => text.trim()).filter((text) => text !== "");
  return [
    { source: "airline-tweets-labelled.csv `text`", texts: nonEmpty(loadTweets(dir).map((tweet) => tweet.text)) },
    { source: "british-airways-reviews.csv `ReviewBody`", texts: nonEmpty(reviews.map((row) => row.ReviewBody ?? "")) },
    // Headers are the short comments: "Service level far worse then Ryanair" (quoted in the file).
    {
      source: "british-airways-reviews.csv `ReviewHeader`",
      texts: nonEmpty(reviews.map((row) => (row.ReviewHeader ?? "").replace(/^"+|"+$/g, ""))),
    },
    {
      source: "consumer-complaints-sample.csv `Consumer complaint narrative`",
      texts: nonEmpty(readCsv(complaintsFile).map((row) => row["Consumer complaint narrative"] ?? "")),
    },
  ];
}
