/*
 * Language detection on every English free text of the shared datasets, and on the non-English
 * comments of server/services/text/language-samples.ts.
 *
 *   npx tsx --conditions=react-server bench/language.ts           print the figures as markdown
 *   npx tsx --conditions=react-server bench/language.ts --write   also replace the section in docs/benchmarks.md
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { detectLanguage } from "../server/services/text/language";
import { NON_ENGLISH_COMMENTS, SHORT_ENGLISH_COMMENTS } from "../server/services/text/language-samples";
import { writeSection } from "./docs-section";
import { DATASETS_DIR, loadEnglishTexts } from "../server/testing/datasets";
import { commentsPerSecond } from "./sentiment";

const HEADING = "## Language detection (issue 14)";
const SHORT = 60;
const pct = (part: number, whole: number, digits = 2) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(digits)}%`);
const int = (x: number) => Math.round(x).toLocaleString("en-GB");

export type EnglishFigures = { n: number; english: number; unknown: number; other: number; others: Map<string, number> };

export function englishFigures(texts: string[]): EnglishFigures {
  const figures: EnglishFigures = { n: texts.length, english: 0, unknown: 0, other: 0, others: new Map() };
  for (const text of texts) {
    const language = detectLanguage(text);
    if (language === "eng") figures.english++;
    else if (language === null) figures.unknown++;
    else {
      figures.other++;
      figures.others.set(language, (figures.others.get(language) ?? 0) + 1);
    }
  }
  return figures;
}

function main() {
  const sources = loadEnglishTexts();
  if (!sources) {
    console.log(`No datasets at ${DATASETS_DIR}: nothing to measure.`);
    return;
  }
  const out: string[] = [HEADING, ""];
  const cpus = os.cpus();
  out.push(
    `${new Date().toISOString().slice(0, 10)}, ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}, load average (1, 5, 15 min) ${os.loadavg().map((x) => x.toFixed(2)).join(", ")}; \`npx tsx --conditions=react-server bench/language.ts --write\`. ` +
      "`detectLanguage` (server/services/text/language.ts) on every free text of the shared datasets, all written in English (a handful of tweets are in Spanish: they count as mislabelled here all the same). " +
      `Target (issue 14): at most 0.5% of them called another language. "Short" = under ${SHORT} characters. server/services/text/language-dataset.test.ts asserts the target on each source.`,
    "",
    "| English texts | n | called English | undetermined (null) | called another language | of which short | most frequent other |",
    "|---|---|---|---|---|---|---|",
  );
  const all: string[] = [];
  for (const { source, texts } of sources) {
    all.push(...texts);
    const f = englishFigures(texts);
    const short = englishFigures(texts.filter((text) => text.length < SHORT));
    const top = [...f.others.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([code, n]) => `${code} ${n}`).join(", ");
    out.push(`| ${source} | ${int(f.n)} | ${pct(f.english, f.n)} | ${pct(f.unknown, f.n)} | ${pct(f.other, f.n)} (${int(f.other)}) | ${int(short.other)} of ${int(short.n)} | ${top || "–"} |`);
  }
  const total = englishFigures(all);
  const speed = Math.max(...[0, 1, 2].map(() => commentsPerSecond((text) => (detectLanguage(text) === null ? 0 : 1), all)));
  out.push(`| all | ${int(total.n)} | ${pct(total.english, total.n)} | ${pct(total.unknown, total.n)} | ${pct(total.other, total.n)} (${int(total.other)}) | | |`);

  out.push("", `Speed: ${int(speed)} texts/s on one core (best of 3 passes over all ${int(all.length)}; load average ${os.loadavg()[0]!.toFixed(1)} on ${cpus.length} cores at the end). wink-nlp's English lexicon is read once per process on first use (about half a second).`);
  const shortEnglish = SHORT_ENGLISH_COMMENTS.filter((text) => detectLanguage(text) === "eng").length;
  out.push("", `Short English comments that franc alone misreads (\`SHORT_ENGLISH_COMMENTS\`, e.g. "Adorable dress, amazing fit!"): ${shortEnglish} of ${SHORT_ENGLISH_COMMENTS.length} called English.`);

  const byLanguage = new Map<string, { n: number; right: number; english: number; unknown: number }>();
  for (const [code, text] of NON_ENGLISH_COMMENTS) {
    const row = byLanguage.get(code) ?? { n: 0, right: 0, english: 0, unknown: 0 };
    const detected = detectLanguage(text);
    row.n++;
    if (detected === code) row.right++;
    else if (detected === "eng") row.english++;
    else if (detected === null) row.unknown++;
    byLanguage.set(code, row);
  }
  const rows = [...byLanguage.entries()];
  const sum = (key: "n" | "right" | "english" | "unknown") => rows.reduce((total, [, row]) => total + row[key], 0);
  out.push(
    "",
    `Non-English comments (\`NON_ENGLISH_COMMENTS\` in server/services/text/language-samples.ts, written for the tests, short and long: ${sum("n")} in ${rows.length} languages): ` +
      `${sum("right")} recognised (${pct(sum("right"), sum("n"), 1)}), ${sum("english")} called English, ${sum("unknown")} undetermined, ${sum("n") - sum("right") - sum("english") - sum("unknown")} called another language.`,
    "",
    "| language | n | recognised | called English | undetermined | called another language |",
    "|---|---|---|---|---|---|",
    ...rows.map(([code, row]) => `| ${code} | ${row.n} | ${row.right} | ${row.english} | ${row.unknown} | ${row.n - row.right - row.english - row.unknown} |`),
  );

  const section = out.join("\n") + "\n";
  console.log(section);
  if (process.argv.includes("--write")) writeSection(HEADING, section);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
