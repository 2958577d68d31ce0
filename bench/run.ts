/*
 * `npm run bench`: every benchmark in turn (sentiment, sentiment by text type, language, trained
 * model, UCI sentences, ingest, dashboards, dashboards over years, pages, removing an import, theme presets, changing
 * the time zone), each in its own process.
 * Pick some by name, or with BENCH=name[,name]; other arguments go to each of them.
 *
 *   npm run bench                       all of them, printing only
 *   npm run bench -- ingest --write     the ingest benchmark, also writing docs/benchmarks.md
 *   BENCH=sentiment,model npm run bench
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const BENCHES = {
  sentiment: "sentiment.ts",
  "text-types": "sentiment-text-types.ts",
  language: "language.ts",
  model: "sentiment-model.ts",
  uci: "sentiment-uci.ts",
  ingest: "ingest.ts",
  dashboards: "dashboards.ts",
  history: "history-periods.ts",
  pages: "pages.ts",
  remove: "remove-import.ts",
  presets: "theme-presets.ts",
  "rebuild-zone": "rebuild-time-zone.ts",
  training: "training.ts",
} as const;
type Name = keyof typeof BENCHES;
const isName = (value: string): value is Name => value in BENCHES;

const args = process.argv.slice(2);
const picked = [...args.filter(isName), ...(process.env.BENCH ?? "").split(",").map((name) => name.trim()).filter(isName)];
const names = picked.length ? [...new Set(picked)] : (Object.keys(BENCHES) as Name[]);
const passOn = args.filter((arg) => !isName(arg));
const unknown = (process.env.BENCH ?? "").split(",").map((name) => name.trim()).filter((name) => name && !isName(name));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(", ")}; choose from ${Object.keys(BENCHES).join(", ")}.`);
  process.exit(2);
}

const dir = path.dirname(fileURLToPath(import.meta.url));
for (const name of names) {
  console.error(`\n==== bench: ${name} ====`);
  const result = spawnSync(process.execPath, [...process.execArgv, path.join(dir, BENCHES[name]), ...passOn], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
