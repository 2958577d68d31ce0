/*
 * Sentiment lexicons and theme detection measured on real customer text.
 *
 *   npx tsx --conditions=react-server bench/sentiment.ts           print the figures as markdown
 *   npx tsx --conditions=react-server bench/sentiment.ts --write   also replace the section in docs/benchmarks.md
 *
 * Loading the tweets, the split and the theme figures live in server/testing/datasets.ts, shared
 * with the dataset tests and bench/sentiment-model.ts, and the metrics in
 * server/services/text/evaluation.ts, so the tests measure exactly what the benchmarks print.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Sentiment from "sentiment";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { SENTIMENT_CLASSES, type SentimentLabel } from "../lib/domain/sentiment";
import {
  labelForScore,
  SENTIMENT_THRESHOLDS,
  sentimentScore,
  type SentimentThresholds,
} from "../server/services/text/sentiment";
import {
  accuracy,
  confusionMatrix,
  macroF1,
  macroF1Of,
  seededSplit,
  spearman,
} from "../server/services/text/evaluation";
import { mulberry32 } from "../server/services/text/seeded-random";
import { detectThemes } from "../server/services/text/themes";
import { DATASETS_DIR, loadReviews, loadTweets, SPLIT, SPLIT_DESCRIPTION, themeFigures, type Tweet } from "../server/testing/datasets";
import { writeSection } from "./docs-section";


/**
 * The pair of thresholds on a 0.01 grid over -1..1 that maximises macro-F1 on the given rows
 * (negative at or below the first, positive at or above the second).
 */
export function tuneThresholds(scores: number[], gold: SentimentLabel[]): { thresholds: SentimentThresholds; macroF1: number } {
  const grid = Array.from({ length: 201 }, (_, k) => (k - 100) / 100);
  const byLabel = SENTIMENT_CLASSES.map((label) =>
    scores.filter((_, i) => gold[i] === label).sort((a, b) => a - b),
  );
  const countBelow = (sorted: number[], x: number, inclusive: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inclusive ? sorted[mid]! <= x : sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const atOrBelow = byLabel.map((s) => grid.map((g) => countBelow(s, g, true)));
  const below = byLabel.map((s) => grid.map((g) => countBelow(s, g, false)));
  let best = { macroF1: -1, thresholds: { negativeAtOrBelow: 0, positiveAtOrAbove: 0 } };
  for (let i = 0; i < grid.length; i++) {
    for (let j = i + 1; j < grid.length; j++) {
      // confusion[gold][predicted], both in SENTIMENT_CLASSES order (negative, neutral, positive)
      const confusion = byLabel.map((sorted, g) => {
        const negative = atOrBelow[g]![i]!;
        const positive = sorted.length - below[g]![j]!;
        return [negative, sorted.length - negative - positive, positive];
      });
      const score = macroF1Of(confusion);
      if (score > best.macroF1) {
        best = { macroF1: score, thresholds: { negativeAtOrBelow: grid[i]!, positiveAtOrAbove: grid[j]! } };
      }
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------

export type Lexicon = { name: string; normalisation: string; score: (text: string) => number };

export function lexicons(): Lexicon[] {
  // vader-sentiment ships no types; this is the one call we use.
  type Vader = { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };
  const requireCjs = createRequire(import.meta.url);
  const vader = requireCjs("vader-sentiment") as Vader;
  // Only the stages its.sentiment reads: sentences and negation.
  const wink = winkNLP(model, ["sbd", "negation", "sentiment"]);
  const afinn = new Sentiment();
  return [
    { name: "AFINN-165 (`sentiment`)", normalisation: "tanh(comparative)", score: sentimentScore },
    {
      name: "AFINN-165, raw sum",
      normalisation: "score / sqrt(score² + 15)",
      score: (text) => {
        const { score } = afinn.analyze(text);
        return score / Math.sqrt(score * score + 15);
      },
    },
    {
      name: "VADER (`vader-sentiment`)",
      normalisation: "compound (already -1..1)",
      score: (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound,
    },
    {
      name: "wink-nlp `its.sentiment`",
      normalisation: "document sentiment (already -1..1)",
      score: (text) => Number(wink.readDoc(text).out<number>(wink.its.sentiment)),
    },
  ];
}

export function commentsPerSecond(score: (text: string) => number, texts: string[]): number {
  for (const text of texts.slice(0, 500)) score(text); // warm up the JIT
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const text of texts) sink += score(text);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (Number.isNaN(sink)) throw new Error("a lexicon returned NaN");
  return texts.length / seconds;
}

/** Paired bootstrap 95% interval of macroF1(a) - macroF1(b) on the same rows. */
export function bootstrapDifference(gold: SentimentLabel[], a: SentimentLabel[], b: SentimentLabel[], rounds = 1000) {
  const random = mulberry32(7);
  const diffs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const g: SentimentLabel[] = [];
    const pa: SentimentLabel[] = [];
    const pb: SentimentLabel[] = [];
    for (let k = 0; k < gold.length; k++) {
      const i = Math.floor(random() * gold.length);
      g.push(gold[i]!);
      pa.push(a[i]!);
      pb.push(b[i]!);
    }
    diffs.push(macroF1(g, pa) - macroF1(g, pb));
  }
  diffs.sort((x, y) => x - y);
  return [diffs[Math.floor(rounds * 0.025)]!, diffs[Math.floor(rounds * 0.975)]!] as const;
}

export type LexiconResult = {
  lexicon: Lexicon;
  tuned: { thresholds: SentimentThresholds; macroF1: number };
  predicted: SentimentLabel[];
  accuracy: number;
  macroF1: number;
  confusion: number[][];
};

/** Each lexicon with its thresholds tuned for macro-F1 on `train`, measured on `heldOut`. */
export function lexiconResults(train: Tweet[], heldOut: Tweet[]): LexiconResult[] {
  const trainGold = train.map((t) => t.label);
  const heldOutGold = heldOut.map((t) => t.label);
  return lexicons().map((lexicon) => {
    const tuned = tuneThresholds(train.map((t) => lexicon.score(t.text)), trainGold);
    const predicted = heldOut.map((t) => labelForScore(lexicon.score(t.text), tuned.thresholds));
    return {
      lexicon,
      tuned,
      predicted,
      accuracy: accuracy(heldOutGold, predicted),
      macroF1: macroF1(heldOutGold, predicted),
      confusion: confusionMatrix(heldOutGold, predicted),
    };
  });
}


const HEADING = "## Sentiment and themes (issue 5)";
const fmt = (x: number, digits = 3) => x.toFixed(digits);
const int = (x: number) => Math.round(x).toLocaleString("en-GB");

function main() {
  if (!fs.existsSync(path.join(DATASETS_DIR, "airline-tweets-labelled.csv"))) {
    console.log(`No datasets at ${DATASETS_DIR}: nothing to measure (expected airline-tweets-labelled.csv there).`);
    return;
  }
  const tweets = loadTweets();
  const { train, heldOut: test } = seededSplit(tweets, SPLIT);
  const testGold = test.map((t) => t.label);
  const out: string[] = [];
  const cpus = os.cpus();
  out.push(HEADING, "");
  out.push(
    `${new Date().toISOString().slice(0, 10)}, ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}, load average (1, 5, 15 min) at the start ${os.loadavg().map((x) => x.toFixed(2)).join(", ")} (comments/s fall with it); \`npx tsx --conditions=react-server bench/sentiment.ts --write\`.`,
    `Labelled airline tweets (${int(tweets.length)}; "Late Flight"/"Cancelled Flight"/"Flight Booking Problems" substitutions in the published text undone). Split: ${SPLIT_DESCRIPTION} (${int(train.length)} / ${int(test.length)} rows).`,
    "",
    "| lexicon | normalised to -1..1 as | thresholds (neg ≤, pos ≥) tuned on training | training macro-F1 | held-out accuracy | held-out macro-F1 | comments/s, one core |",
    "|---|---|---|---|---|---|---|",
  );
  const texts = tweets.map((t) => t.text);
  const results = lexiconResults(train, test);
  for (const result of results) {
    const { negativeAtOrBelow, positiveAtOrAbove } = result.tuned.thresholds;
    const speed = commentsPerSecond(result.lexicon.score, texts);
    out.push(
      `| ${result.lexicon.name} | ${result.lexicon.normalisation} | ${negativeAtOrBelow} / ${positiveAtOrAbove} | ${fmt(result.tuned.macroF1)} | ${fmt(result.accuracy)} | ${fmt(result.macroF1)} | ${int(speed)} |`,
    );
  }
  const chosen = results[0]!;
  const shipped = test.map((t) => labelForScore(sentimentScore(t.text), SENTIMENT_THRESHOLDS));
  out.push(
    "",
    `Chosen: ${chosen.lexicon.name}, ${chosen.lexicon.normalisation} (\`server/services/text/sentiment.ts\`); shipped thresholds ${SENTIMENT_THRESHOLDS.negativeAtOrBelow} / ${SENTIMENT_THRESHOLDS.positiveAtOrAbove} give held-out macro-F1 ${fmt(macroF1(testGold, shipped))}` +
      (SENTIMENT_THRESHOLDS.negativeAtOrBelow === chosen.tuned.thresholds.negativeAtOrBelow &&
      SENTIMENT_THRESHOLDS.positiveAtOrAbove === chosen.tuned.thresholds.positiveAtOrAbove
        ? " (the tuned ones)."
        : " (NOT the tuned ones: update SENTIMENT_THRESHOLDS)."),
    "Held-out macro-F1 of the chosen minus each other (paired bootstrap 95% interval, 1,000 resamples): " +
      results
        .slice(1)
        .map((other) => {
          const [low, high] = bootstrapDifference(testGold, chosen.predicted, other.predicted);
          return `${other.lexicon.name} ${fmt(chosen.macroF1 - other.macroF1)} (${fmt(low)} to ${fmt(high)})`;
        })
        .join(", ") +
      ".",
  );

  const loaded = loadReviews();
  if (loaded) {
    const { reviews, leftOut } = loaded;
    const ratings = reviews.map((r) => r.rating);
    out.push(
      "",
      `Spearman correlation with the 1-10 \`OverallRating\` of ${int(reviews.length)} British Airways reviews (\`ReviewBody\`; ${int(leftOut)} without a rating left out): ` +
        results.map((r) => `${r.lexicon.name} ${fmt(spearman(reviews.map((rv) => r.lexicon.score(rv.text)), ratings))}`).join(", ") +
        ".",
    );
  }

  const heldOut = themeFigures(test);
  const everyTweet = themeFigures(tweets);
  const negatives = test.filter((t) => t.label === "negative");
  const themeSpeed = commentsPerSecond((text) => detectThemes(text).length, texts);
  out.push(
    "",
    `Themes (\`detectThemes\`, default taxonomy of \`server/services/text/themes.ts\`, terms chosen on the training part only) against the reason (\`negativereason\`) of the negative tweets: ${int(negatives.length)} held out, and all ${int(tweets.filter((t) => t.label === "negative").length)} (training part included, so that column flatters a little). Precision = share of the tweets where the theme(s) were found that carry the reason; recall = share of the tweets with the reason where they were found. A tweet has one reason but may name several problems (a queue at the customer service desk is labelled "Customer Service Issue"), so precision is a lower bound. ${int(themeSpeed)} comments/s. \`server/services/text/themes-dataset.test.ts\` fails if a main reason's held-out precision or recall falls more than 0.03 below these figures.`,
    "",
    "| negativereason | theme(s) | held-out tweets | precision | recall | F1 | all tweets with the reason | precision | recall |",
    "|---|---|---|---|---|---|---|---|---|",
    ...heldOut.map((f, i) => {
      const all = everyTweet[i]!;
      return `| ${f.reason} | ${f.themes.join(", ")} | ${int(f.n)} | ${fmt(f.precision, 2)} | ${fmt(f.recall, 2)} | ${fmt(f.f1, 2)} | ${int(all.n)} | ${fmt(all.precision, 2)} | ${fmt(all.recall, 2)} |`;
    }),
  );

  const section = out.join("\n") + "\n";
  console.log(section);
  if (process.argv.includes("--write")) writeSection(HEADING, section);
}


if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
