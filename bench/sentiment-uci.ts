/*
 * Our sentiment scorer on labelled sentences no one here wrote: the UCI "Sentiment Labelled
 * Sentences" (Kotzias et al., 2015; 1,000 Amazon, IMDB and Yelp sentences each, class 1 =
 * positive, 0 = negative) that ship in the `sentiment` package's tests, beside the package's own
 * baseline computed as its test/benchmark/validate.js does (comparative >= 0 counts as positive).
 *
 *   npx tsx --conditions=react-server bench/sentiment-uci.ts           print the table
 *   npx tsx --conditions=react-server bench/sentiment-uci.ts --write   also replace its section in docs/benchmarks.md
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Sentiment from "sentiment";
import { labelForScore, SENTIMENT_THRESHOLDS, sentimentScore } from "../server/services/text/sentiment";
import { writeSection } from "./docs-section";

type Sentence = { text: string; class: 0 | 1 };

const HEADING = "## Sentiment on the UCI labelled sentences (issue 5)";
const FIXTURES = path.resolve(process.cwd(), "node_modules/sentiment/test/fixtures");
const SETS = ["amazon", "imdb", "yelp"] as const;

const accuracy = (sentences: Sentence[], positive: (text: string) => boolean) =>
  sentences.filter((s) => positive(s.text) === (s.class === 1)).length / sentences.length;

const count = (sentences: Sentence[]) => {
  const positive = sentences.filter((s) => s.class === 1).length;
  return `${sentences.length.toLocaleString("en-GB")} (${positive.toLocaleString("en-GB")} / ${(sentences.length - positive).toLocaleString("en-GB")})`;
};

function main() {
  if (!SETS.every((set) => fs.existsSync(path.join(FIXTURES, `${set}.json`)))) {
    console.log(`The installed sentiment package has no test fixtures at ${FIXTURES}: nothing to measure.`);
    return;
  }
  const afinn = new Sentiment();
  // validate.js: a sentence is right when comparative < 0 for class 0 and >= 0 for class 1.
  const libraryBaseline = (text: string) => afinn.analyze(text).comparative >= 0;
  const oursPositive = (text: string) => labelForScore(sentimentScore(text)) === "positive";
  const oursNotNegative = (text: string) => labelForScore(sentimentScore(text)) !== "negative";

  const { negativeAtOrBelow, positiveAtOrAbove } = SENTIMENT_THRESHOLDS;
  const out = [
    HEADING,
    "",
    `${new Date().toISOString().slice(0, 10)}; \`npx tsx --conditions=react-server bench/sentiment-uci.ts --write\`. Sentences: \`node_modules/sentiment/test/fixtures/{amazon,imdb,yelp}.json\` ` +
      "(UCI Sentiment Labelled Sentences, Kotzias et al. 2015; nobody here wrote or tuned on them). " +
      "Two classes only, so each rule below maps our three labels onto positive / negative.",
    "",
    "| sentences | n (positive / negative) | library baseline: AFINN comparative ≥ 0 is positive (as `test/benchmark/validate.js`) | ours: positive vs not (`scoreSentiment` label = positive) | ours: not negative vs negative |",
    "|---|---|---|---|---|",
  ];
  const all: Sentence[] = [];
  for (const set of SETS) {
    const sentences = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${set}.json`), "utf8")) as Sentence[];
    all.push(...sentences);
    out.push(`| ${set} | ${count(sentences)} | ${accuracy(sentences, libraryBaseline).toFixed(3)} | ${accuracy(sentences, oursPositive).toFixed(3)} | ${accuracy(sentences, oursNotNegative).toFixed(3)} |`);
  }
  out.push(
    `| all | ${count(all)} | ${accuracy(all, libraryBaseline).toFixed(3)} | ${accuracy(all, oursPositive).toFixed(3)} | ${accuracy(all, oursNotNegative).toFixed(3)} |`,
    "",
    `Our score is tanh of the same AFINN comparative, so the rules differ only in where they cut: the baseline at 0 (a sentence without a scored word counts as positive), ` +
      `"positive vs not" at our positive threshold ${positiveAtOrAbove} (neutral counts as not positive), "not negative" at our negative threshold ${negativeAtOrBelow}. ` +
      "The thresholds were tuned for three classes on airline tweets, not for these two-class sentences.",
  );
  const section = out.join("\n") + "\n";
  console.log(section);
  if (process.argv.includes("--write")) writeSection(HEADING, section);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
