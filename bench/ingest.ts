/*
 * Feedback ingest throughput on PGlite and on PostgreSQL, each path as a ratio of a plain COPY of
 * the same rows into the same indexed table of the same database, measured in one run.
 *
 *   npx tsx --conditions=react-server bench/ingest.ts            PGlite (in memory) and PostgreSQL; 1M-row import on PostgreSQL
 *   npx tsx --conditions=react-server bench/ingest.ts --write    also replace the "Ingest" section of docs/benchmarks.md
 *   options: --only=pglite|postgres, --limit=<survey rows> (a quick trial), --concurrency=<chunks in flight>, --pglite-million (the 1M-row import on PGlite too),
 *            --million=<rows> (default 1,000,000; 0 skips it), --million-chunk=<items per batch>
 *
 * PostgreSQL: BENCH_DATABASE_URL (a role that may create databases: the benchmark makes its own
 * and drops it), else a throwaway PostgreSQL 15 cluster (bench/throwaway-postgres.ts).
 *
 * The CSV import is the real one: importCsvFile on the survey file, as the demo seed loads it
 * (the guessed wide mapping, days, staff and comments from db/seed/skyward-feedback.ts), with 2
 * chunks in flight on PostgreSQL and 1 on PGlite. COPY and the API get the same responses, made
 * by the same mapping before the clock starts.
 *
 * The API path calls the real route handler in-process. Each of the 4 clients has its own API
 * key, and the bench clears the in-memory rate limiter (120 requests a minute per key) before
 * each request: the limit guards the server against one integration and is not what is measured.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { POST as postFeedbackBatch } from "../app/api/v1/feedback/batch/route";
import { setAppDatabase } from "../db/client";
import { resetRateLimits } from "../server/rest/rate-limit";
import { createApiKey } from "../server/services/api-keys/keys";
import { SKYWARD_SURVEY_CSV } from "../db/seed/skyward";
import { skywardImportOptions } from "../db/seed/skyward-feedback";
import type { ImportItem, Mapping } from "../lib/import/types";
import { bodyHashOf } from "../server/services/feedback/idempotency";
import type { IngestTiming, TextAnalyser } from "../server/services/feedback/ingest";
import { textArrayLiteral } from "../server/services/feedback/unnest";
import { importCsvFile, prepareCsvImport, type ImportFileOptions } from "../server/services/imports/import-file";
import { analyserForOrg } from "../server/services/text/org-analyser";
import { scoreSentiment } from "../server/services/text/sentiment";
import { copyFeedback, copyField, countStored, emptyFeedback, openBenchDb, type BenchDb } from "./ingest-setup";
import { writeSection } from "./docs-section";
import { DATASETS_DIR } from "../server/testing/datasets";
import { INSTALL_HINT, startThrowawayPostgres } from "./throwaway-postgres";

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const BATCH = 1000;
const API_CLIENTS = 4;
const MILLION = Number(option("million") ?? 1_000_000);
/** For a quick trial: only the first N rows of the survey. */
const LIMIT = option("limit") === undefined ? undefined : Number(option("limit"));
const SURVEY = path.join(DATASETS_DIR, SKYWARD_SURVEY_CSV);
/** Chunks in flight: a server database writes one while the next is prepared; PGlite serialises anyway. */
const concurrencyFor = (bench: BenchDb) => Number(option("concurrency") ?? (bench.kind === "postgres" ? 2 : 1));

const TARGETS = { csv: { postgres: 0.5, pglite: 0.35 }, api: 0.35, sentiment: 0.15, rollups: 0.3, rssMiB: 1024, loopP99Ms: 50 };

type Run = { rows: number; seconds: number; loopP99Ms: number };
type Shares = { analyse: number; sentimentAlone: number; rollups: number; ingestSeconds: number; comments: number };
type Million = Run & { peakRssMiB: number; loopMaxMs: number; chunk: number; engine: string; concurrency: number };
type DbFigures = { name: string; copy: Run; copyRuns: Run[]; csv: Run; concurrency: number; api: Run; shares: Shares; segments: string[]; surveyRows: number; million?: Million };

const perSecond = (run: Run) => run.rows / run.seconds;
const int = (x: number) => Math.round(x).toLocaleString("en-GB");
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Event-loop delay while `work` runs: how late a 10 ms timer fires, p99 and max in ms. Measured
 * by hand rather than with monitorEventLoopDelay, which records nothing at all while a chain of
 * promises (PGlite's) never lets the loop reach its timers; here such a stretch is one long delay.
 */
async function withLoopDelay<T>(work: () => Promise<T>): Promise<{ value: T; p99Ms: number; maxMs: number }> {
  const delays: number[] = [];
  let expected = performance.now() + 10;
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const now = performance.now();
    delays.push(Math.max(0, now - expected));
    expected = now + 10;
    timer = setTimeout(tick, 10);
  };
  timer = setTimeout(tick, 10);
  let value: T;
  try {
    value = await work();
  } finally {
    clearTimeout(timer);
    delays.push(Math.max(0, performance.now() - expected));
  }
  delays.sort((a, b) => a - b);
  return { value, p99Ms: delays[Math.ceil(delays.length * 0.99) - 1]!, maxMs: delays[delays.length - 1]! };
}

async function timed(rows: number, work: () => Promise<void>): Promise<Run> {
  const started = performance.now();
  const { p99Ms } = await withLoopDelay(work);
  return { rows, seconds: (performance.now() - started) / 1000, loopP99Ms: p99Ms };
}

async function expectStored(bench: BenchDb, rows: number, what: string) {
  const stored = await countStored(bench.handle.db, bench.scope.orgId);
  if (stored.rows !== rows || stored.rollupResponses !== rows) {
    throw new Error(`${what}: expected ${rows} rows, found ${stored.rows} rows and ${stored.rollupResponses} responses in the rollups`);
  }
}

/** The import options of the demo seed, on the survey file; a fresh set per run (it counts its comments). */
function importOptions(maxRows = LIMIT): ImportFileOptions & { comments: () => number } {
  return { ...skywardImportOptions(DATASETS_DIR, new Date()), filePath: SURVEY, maxRows, chunkSize: BATCH };
}

/** The responses the import makes of the file: the same reading, mapping and comments, without storing them. */
async function importItems(bench: BenchDb): Promise<{ items: ImportItem[]; rows: number; mapping: Mapping }> {
  const { rows, mapRow, mapping } = await prepareCsvImport(bench.tenant, bench.scope, importOptions());
  const items: ImportItem[] = [];
  let read = 0;
  for await (const row of rows) {
    const outcome = mapRow(row);
    if (outcome.blank) continue;
    read++;
    if (outcome.issues.length) throw new Error(`line ${row.line}: ${outcome.issues.join("; ")}`);
    for (const { item } of outcome.items) items.push(item);
  }
  return { items, rows: read, mapping };
}

/** The rows ingest would store, as COPY text: analysed and hashed beforehand, so the COPY is a plain copy. */
function copyChunks(bench: BenchDb, items: ImportItem[], analyse: TextAnalyser): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < items.length; start += BATCH) {
    let text = "";
    for (const item of items.slice(start, start + BATCH)) {
      const analysis = item.comment ? analyse(item.comment) : { sentiment: null, sentimentLabel: null, sentimentSource: null, themes: [], language: null };
      const fields = [
        bench.scope.orgId, crypto.randomUUID(), item.touchPointId, item.channel, item.staffId, item.customerRef, JSON.stringify(item.segment),
        item.npsScore, item.csatScore, item.cesScore, item.rating, item.comment, analysis.sentiment === null ? null : Math.fround(analysis.sentiment),
        analysis.sentimentLabel, textArrayLiteral(analysis.themes), "import", item.idempotencyKey,
        bodyHashOf({ ...item, occurredAt: new Date(item.occurredAt) }), item.occurredAt,
      ];
      text += fields.map(copyField).join("\t") + "\n";
    }
    chunks.push(text);
  }
  return chunks;
}

/** 4 clients, each with its own key, posting batches of 1,000 to the real route handler. */
async function apiRun(bench: BenchDb, items: ImportItem[]): Promise<Run> {
  const keys: string[] = [];
  for (let client = 0; client < API_CLIENTS; client++) {
    keys.push((await createApiKey(bench.tenant, bench.scope, { name: `Bench client ${client + 1} ${Date.now()}`, scopes: ["feedback:write"] })).key);
  }
  // Bodies are serialised before the clock starts: clients would do that on their own machines.
  const bodies: { body: string; count: number }[] = [];
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH);
    bodies.push({ body: JSON.stringify({ items: batch }), count: batch.length });
  }
  let next = 0;
  const client = async (key: string) => {
    while (next < bodies.length) {
      const { body, count } = bodies[next++]!;
      await resetRateLimits(bench.handle.db);
      const response = await postFeedbackBatch(
        new Request("http://bench.local/api/v1/feedback/batch", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body }),
      );
      const outcome = (await response.json()) as { stored?: number };
      if (response.status !== 200 || outcome.stored !== count) throw new Error(`API batch: HTTP ${response.status}, ${JSON.stringify(outcome).slice(0, 300)}`);
    }
  };
  return timed(items.length, async () => {
    await Promise.all(keys.map(client));
  });
}

async function benchDatabase(name: string, serverUrl?: string): Promise<DbFigures> {
  console.error(`[${name}] migrating and seeding`);
  const bench = await openBenchDb(serverUrl);
  try {
    setAppDatabase(bench.handle.db);
    const { items, rows: surveyRows, mapping } = await importItems(bench);
    const analyse = await analyserForOrg(bench.tenant);
    const chunks = copyChunks(bench, items, analyse);
    const segments = mapping.columns.flatMap((role) => (role.kind === "segment" || role.kind === "segmentBanded" ? [role.name] : []));

    const copyRun = async () => {
      await emptyFeedback(bench.handle.db);
      const run = await timed(items.length, () => copyFeedback(bench, chunks));
      const stored = await countStored(bench.handle.db, bench.scope.orgId);
      if (stored.rows !== items.length) throw new Error(`COPY stored ${stored.rows} of ${items.length} rows`);
      return run;
    };

    console.error(`[${name}] COPY of ${int(items.length)} rows`);
    const copyRuns = [await copyRun()];

    const concurrency = concurrencyFor(bench);
    console.error(`[${name}] CSV import (importCsvFile, ${concurrency} chunk(s) in flight)`);
    await emptyFeedback(bench.handle.db);
    const timings: IngestTiming[] = [];
    const csv = await timed(items.length, async () => {
      const tally = await importCsvFile(bench.tenant, bench.scope, { ...importOptions(), concurrency, onTiming: (timing) => timings.push(timing) });
      if (tally.stored !== items.length || tally.rejected) throw new Error(`CSV import stored ${tally.stored} of ${items.length}, rejected ${tally.rejected}: ${JSON.stringify(tally.rejects[0])}`);
    });
    await expectStored(bench, items.length, "CSV import");

    const comments = items.flatMap((item) => (item.comment ? [item.comment] : []));
    const sentimentStarted = performance.now();
    for (const comment of comments) scoreSentiment(comment);
    const sentimentMs = performance.now() - sentimentStarted;
    const ingestMs = timings.reduce((sum, t) => sum + t.totalMs, 0);
    const shares: Shares = {
      analyse: timings.reduce((sum, t) => sum + t.analyseMs, 0) / ingestMs,
      sentimentAlone: sentimentMs / ingestMs,
      rollups: timings.reduce((sum, t) => sum + t.rollupsMs, 0) / ingestMs,
      ingestSeconds: ingestMs / 1000,
      comments: comments.length,
    };

    console.error(`[${name}] API, ${API_CLIENTS} clients`);
    await emptyFeedback(bench.handle.db);
    const api = await apiRun(bench, items);
    await expectStored(bench, items.length, "API batches");

    console.error(`[${name}] COPY again`);
    copyRuns.push(await copyRun());
    // The faster COPY is the baseline: the harder bar to reach.
    const copy = copyRuns.reduce((best, run) => (perSecond(run) > perSecond(best) ? run : best));
    return { name, copy, copyRuns, csv, concurrency, api, shares, segments, surveyRows };
  } finally {
    await bench.close();
  }
}

// --- the 1M-row import, in a child process of its own so its memory is its own -------------------

/**
 * The survey file repeated with shifted ids (so each round's rows hash to new keys) in a temporary
 * file, imported with importCsvFile; as many rows as make about `responses` responses.
 */
async function millionChild(target: string, responses: number, chunk: number) {
  const bench = await openBenchDb(target === "pglite" ? undefined : target);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ingest-"));
  try {
    const sample = await importItems(bench);
    const rowsNeeded = Math.ceil((responses * sample.rows) / sample.items.length);
    const [header, ...lines] = fs.readFileSync(SURVEY, "utf8").split(/\r?\n/).filter(Boolean);
    const file = path.join(tmp, SKYWARD_SURVEY_CSV);
    const out = fs.createWriteStream(file);
    out.write(`${header}\n`);
    for (let round = 0, written = 0; written < rowsNeeded; round++) {
      for (const line of lines) {
        const comma = line.indexOf(",");
        out.write(`${Number(line.slice(0, comma)) + round * 1_000_000}${line.slice(comma)}\n`);
        if (++written === rowsNeeded) break;
      }
    }
    await new Promise((resolve) => out.end(resolve));

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const concurrency = concurrencyFor(bench);
    const started = performance.now();
    const { value: tally, p99Ms, maxMs } = await withLoopDelay(() => importCsvFile(bench.tenant, bench.scope, { ...importOptions(undefined), filePath: file, chunkSize: chunk, concurrency }));
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (tally.rejected) throw new Error(`1M import rejected ${tally.rejected}: ${JSON.stringify(tally.rejects[0])}`);
    await expectStored(bench, tally.stored, "1M import");
    const result: Million = { rows: tally.stored, seconds, loopP99Ms: p99Ms, loopMaxMs: maxMs, peakRssMiB: peakRss / 2 ** 20, chunk, engine: bench.kind, concurrency };
    console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    await bench.close();
  }
}

function runMillion(target: string, chunk: number): Promise<Million> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), `--million-child=${target}`, `--million=${MILLION}`, `--million-chunk=${chunk}`], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (data) => (out += data));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("BENCH_RESULT "));
      if (code === 0 && line) resolve(JSON.parse(line.slice("BENCH_RESULT ".length)) as Million);
      else reject(new Error(`1M-row run on ${target === "pglite" ? "PGlite" : "PostgreSQL"} failed (exit ${code})`));
    });
  });
}

// --- report ---------------------------------------------------------------------------------------

const mark = (ok: boolean) => (ok ? "met" : "**missed**");

const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(", ");

function report(figures: DbFigures[], skipped: string[], pgVersion: string | null, loadAtStart: string): string {
  const cpus = os.cpus();
  // The package's exports hide its package.json from require.
  const pgliteVersion = (JSON.parse(fs.readFileSync(path.join(process.cwd(), "node_modules/@electric-sql/pglite/package.json"), "utf8")) as { version: string }).version;
  const first = figures[0];
  const out: string[] = [
    "## Ingest throughput (issue 5)",
    "",
    `${new Date().toISOString().slice(0, 10)}, ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}, shared with other work), Node ${process.version}, PGlite ${pgliteVersion} in memory` +
      (pgVersion ? `, ${pgVersion} (throwaway local cluster or BENCH_DATABASE_URL; default settings)` : "") +
      "; `npm run bench -- ingest --write`." +
      ` Load average (1, 5, 15 min) at the start: ${loadAtStart}; at the end: ${loadAverage()}.`,
    "",
    `Rows: the ${int(first?.csv.rows ?? 0)} responses of the ${int(first?.surveyRows ?? 0)} rows of ${SKYWARD_SURVEY_CSV} as the demo seed imports them ` +
      "(wide shape, the mapping the import guesses: each non-zero rating = one response at its touch point, " +
      `segment = ${first?.segments.join(", ") ?? "?"}; a day in the last 120 days and a frontline staff member of the owning team per response (15% unattributed), ` +
      "a labelled airline tweet as the comment of about a tenth; idempotency keys from the row's hash), into the Skyward demo organisation (14 touch points), with sentiment, themes and daily rollups on.",
    "",
    "- **COPY**: `COPY feedback (19 columns incl. org_id) FROM STDIN` of the same rows, sentiment, themes, ids and body hashes computed beforehand (outside the clock), into the same table with all its indexes, unique keys and foreign keys; no rollups. Table emptied before each run; run before and after the other paths, the faster one is the baseline.",
    `- **CSV import**: the real import, \`importCsvFile\` (server/services/imports/import-file.ts) with the demo seed's options (db/seed/skyward-feedback.ts): stream and split the file (lib/import/records.ts), guess the mapping, map each row (row-to-items.ts), chunks of ${int(BATCH)} through \`importChunk\` (run checks, touch point ownership, \`processBatch\` + \`ingestFeedback\` with \`analyserForOrg\`, run counters); ` +
      `chunks in flight: ${figures.map((f) => `${f.concurrency} on ${f.name}`).join(", ")} (\`runImport\`'s \`concurrency\`).`,
    `- **API**: ${API_CLIENTS} concurrent clients posting batches of ${int(BATCH)} to the real \`POST /api/v1/feedback/batch\` handler in-process (API key check, JSON parsing, validation, ingest); bodies serialised beforehand.`,
    "",
    "| database | path | rows | seconds | rows/s | vs COPY | target | event-loop p99 |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const f of figures) {
    const engine = f.name === "PostgreSQL" ? "postgres" : "pglite";
    const ratio = (run: Run) => perSecond(run) / perSecond(f.copy);
    out.push(
      `| ${f.name} | COPY (baseline; runs: ${f.copyRuns.map((r) => int(perSecond(r))).join(", ")} rows/s) | ${int(f.copy.rows)} | ${f.copy.seconds.toFixed(2)} | ${int(perSecond(f.copy))} | 100% | | ${f.copy.loopP99Ms.toFixed(0)} ms |`,
      `| ${f.name} | CSV import | ${int(f.csv.rows)} | ${f.csv.seconds.toFixed(2)} | ${int(perSecond(f.csv))} | ${pct(ratio(f.csv))} | ≥ ${pct(TARGETS.csv[engine])}: ${mark(ratio(f.csv) >= TARGETS.csv[engine])} | ${f.csv.loopP99Ms.toFixed(0)} ms |`,
      `| ${f.name} | API, ${API_CLIENTS} clients × batches of ${int(BATCH)} | ${int(f.api.rows)} | ${f.api.seconds.toFixed(2)} | ${int(perSecond(f.api))} | ${pct(ratio(f.api))} | ≥ ${pct(TARGETS.api)}: ${mark(ratio(f.api) >= TARGETS.api)} | ${f.api.loopP99Ms.toFixed(0)} ms |`,
    );
  }
  out.push(
    "",
    "Where the CSV import's ingest time goes (the `onTiming` hook of `ingestFeedback`, summed over its batches; ingest time = time inside `ingestFeedback`, excluding parsing and validation):",
    "",
    "| database | ingest seconds | sentiment + themes (`analyserForOrg`) | sentiment alone (`scoreSentiment` on the same comments, timed apart) | rollups (delta + upsert) | targets |",
    "|---|---|---|---|---|---|",
    ...figures.map(
      (f) =>
        `| ${f.name} | ${f.shares.ingestSeconds.toFixed(2)} (${int(f.shares.comments)} comments) | ${pct(f.shares.analyse)} | ${pct(f.shares.sentimentAlone)} | ${pct(f.shares.rollups)} | ` +
        `sentiment ≤ ${pct(TARGETS.sentiment)}: ${mark(f.shares.sentimentAlone <= TARGETS.sentiment)} (with themes: ${mark(f.shares.analyse <= TARGETS.sentiment)}); rollups ≤ ${pct(TARGETS.rollups)}: ${mark(f.shares.rollups <= TARGETS.rollups)} |`,
    ),
  );
  const millions = figures.filter((f) => f.million);
  if (millions.length) {
    out.push(
      "",
      "1M-row import: the survey's rows repeated with shifted ids (new keys) in a temporary file, as many as make about 1M responses, imported with `importCsvFile` as above in a child process of its own; peak RSS sampled every 50 ms (PGlite's memory is inside the process, PostgreSQL's is not); event-loop delay = how late a 10 ms timer fires (the import yields to the loop between batches).",
      "",
      "| database | rows | batch | seconds | rows/s | peak RSS | event-loop p99 | max | targets (RSS < 1 GiB, p99 < 50 ms) |",
      "|---|---|---|---|---|---|---|---|---|",
      ...millions.map(({ name, million: m }) =>
        `| ${name} | ${int(m!.rows)} | ${int(m!.chunk)} | ${m!.seconds.toFixed(1)} | ${int(perSecond(m!))} | ${int(m!.peakRssMiB)} MiB | ${m!.loopP99Ms.toFixed(1)} ms | ${int(m!.loopMaxMs)} ms | RSS ${mark(m!.peakRssMiB < TARGETS.rssMiB)}, p99 ${mark(m!.loopP99Ms < TARGETS.loopP99Ms)} |`,
      ),
    );
  }
  for (const line of skipped) out.push("", line);
  return out.join("\n") + "\n";
}

async function main() {
  const child = option("million-child");
  if (child) return millionChild(child, MILLION, Number(option("million-chunk") ?? BATCH));

  if (!fs.existsSync(SURVEY)) {
    console.log(`No datasets at ${DATASETS_DIR}: nothing to measure (expected ${SKYWARD_SURVEY_CSV} there).`);
    return;
  }
  const loadAtStart = loadAverage();
  const only = option("only");
  const chunk = Number(option("million-chunk") ?? BATCH);
  const figures: DbFigures[] = [];
  const skipped: string[] = [];
  let pgVersion: string | null = null;

  if (only !== "postgres") {
    const pglite = await benchDatabase("PGlite");
    if (MILLION > 0 && args.includes("--pglite-million")) {
      console.error(`[PGlite] ${int(MILLION)}-row import`);
      pglite.million = await runMillion("pglite", chunk);
    } else if (MILLION > 0) {
      skipped.push("The 1M-row import on PGlite runs with `--pglite-million` (not by default: it takes minutes).");
    }
    figures.push(pglite);
  }

  if (only !== "pglite") {
    let url = process.env.BENCH_DATABASE_URL;
    let stop = () => {};
    if (!url) {
      const throwaway = await startThrowawayPostgres();
      if (throwaway) {
        url = throwaway.url;
        stop = throwaway.stop;
      }
    }
    if (!url) {
      console.error(`PostgreSQL part skipped. ${INSTALL_HINT}`);
      skipped.push(`PostgreSQL part skipped on this machine: ${INSTALL_HINT}`);
    } else {
      try {
        const probe = postgres(url, { max: 1, onnotice: () => {} });
        pgVersion = String((await probe`select version() as v`)[0]!.v).split(" on ")[0]!;
        await probe.end({ timeout: 5 });
        const postgresFigures = await benchDatabase("PostgreSQL", url);
        if (MILLION > 0) {
          console.error(`[PostgreSQL] ${int(MILLION)}-row import`);
          postgresFigures.million = await runMillion(url, chunk);
        }
        figures.push(postgresFigures);
      } finally {
        stop();
      }
    }
  }

  const section = report(figures, skipped, pgVersion, loadAtStart);
  console.log(section);
  if (args.includes("--write")) writeSection("## Ingest throughput (issue 5)", section);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
