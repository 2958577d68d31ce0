/*
 * Removing a large import on PGlite: the demo's survey (the wide airline-passenger-satisfaction
 * file, ~277,000 responses) imported as the demo seed imports it, then removed by the real
 * service in its batches of 5,000, and the rollups checked against a rebuild.
 *
 *   npx tsx --conditions=react-server bench/remove-import.ts               the whole file
 *   npx tsx --conditions=react-server bench/remove-import.ts --limit=2000  a quick trial on the first survey rows
 *   npx tsx --conditions=react-server bench/remove-import.ts --write       also replace "Removing an import" in docs/benchmarks.md
 */
import os from "node:os";
import { eq, sql } from "drizzle-orm";
import { importRuns } from "../db/schema";
import { SKYWARD_SURVEY_CSV } from "../db/seed/skyward";
import { seedSkywardFeedback } from "../db/seed/skyward-feedback";
import { rebuildRollups } from "../server/services/feedback/rebuild";
import { rowsOf } from "../server/services/feedback/unnest";
import { REMOVAL_BATCH, removeImport } from "../server/services/imports/remove";
import { writeSection } from "./docs-section";
import { openBenchDb } from "./ingest-setup";

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const LIMIT = option("limit") === undefined ? undefined : Number(option("limit"));

const load = () => os.loadavg().map((n) => n.toFixed(2)).join(", ");
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const fmt = (n: number) => Math.round(n).toLocaleString("en-GB");
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

const ROLLUP_TABLES = ["feedback_daily_rollups", "feedback_daily_totals", "feedback_segment_daily_rollups", "feedback_segment_attributes", "feedback_theme_daily_rollups", "feedback_theme_mentions"];

async function main() {
  const bench = await openBenchDb();
  const { db } = bench.handle;
  try {
    console.error(`Importing ${SKYWARD_SURVEY_CSV}${LIMIT ? ` (first ${LIMIT} rows)` : ""} as the demo seed does…`);
    const importStarted = performance.now();
    const loaded = await seedSkywardFeedback(db, bench.scope.orgId, { maxRows: LIMIT });
    if (!loaded.loaded) throw new Error(`the survey was not imported: ${loaded.reason}`);
    const importMs = performance.now() - importStarted;
    console.error(`Imported ${fmt(loaded.stored)} responses in ${seconds(importMs)} s.`);
    const [run] = await bench.tenant.selectFields({ id: importRuns.id }, importRuns, eq(importRuns.fileName, SKYWARD_SURVEY_CSV));
    const rollupRowsBefore = await countRows(bench.tenant.orgId, db);

    const loadBefore = load();
    const batches: number[] = [];
    const started = performance.now();
    const progress = await removeImport(bench.tenant, bench.scope, { importRunId: run!.id }, {
      budgetMs: Number.POSITIVE_INFINITY,
      onBatch: ({ ms }) => {
        batches.push(ms);
        if (batches.length % 10 === 0) console.error(`  ${batches.length} batches, last ${fmt(ms)} ms`);
      },
    });
    const removeMs = performance.now() - started;
    const loadAfter = load();
    if (!progress.done || progress.removedResponses !== loaded.stored) throw new Error(`removed ${progress.removedResponses} of ${loaded.stored}`);

    // Nothing else is in this organisation: every rollup must be empty, as a rebuild leaves them.
    const left = await countRows(bench.tenant.orgId, db);
    const rebuilt = await rebuildRollups(bench.tenant);
    if (Object.values(left).some((n) => n !== 0) || rebuilt.rollupRows !== 0) throw new Error(`rollup rows left after the removal: ${JSON.stringify(left)}`);

    const rate = loaded.stored / (removeMs / 1000);
    const lines = [
      "## Removing an import (issue 14)",
      "",
      `Measured ${new Date().toISOString().slice(0, 10)} by \`npx tsx --conditions=react-server bench/remove-import.ts${LIMIT ? ` --limit=${LIMIT}` : ""}\` on in-memory PGlite (${os.cpus().length} cores, shared; load average ${loadBefore} before, ${loadAfter} after).`,
      `The demo's survey (${SKYWARD_SURVEY_CSV}, wide shape${LIMIT ? `, first ${fmt(LIMIT)} rows` : ""}) imported as the seed imports it, then removed by \`removeImport\` in batches of ${fmt(REMOVAL_BATCH)} responses, one transaction each.`,
      "",
      "| | |",
      "|---|---|",
      `| Responses removed | ${fmt(loaded.stored)} (${fmt(loaded.comments)} with a comment) |`,
      `| Rollup rows before (all derived tables) | ${fmt(Object.values(rollupRowsBefore).reduce((a, b) => a + b, 0))} |`,
      `| Import time | ${seconds(importMs)} s (${fmt(loaded.stored / (importMs / 1000))} responses/s) |`,
      `| Removal time | ${seconds(removeMs)} s |`,
      `| Removal rate | ${fmt(rate)} responses/s |`,
      `| Batches | ${batches.length}; median ${fmt(percentile(batches, 50))} ms, p95 ${fmt(percentile(batches, 95))} ms, slowest ${fmt(Math.max(...batches))} ms |`,
      `| Rollups afterwards | empty, equal to \`npm run db:rebuild-rollups\`'s rebuild |`,
      "",
      "Each batch holds PGlite's one connection for the time above; other requests are served between batches. One call of `imports.remove` starts no new batch after 3 s, so it answers after one batch or a few, and the page calls again.",
      "",
    ];
    console.log(lines.join("\n"));
    if (args.includes("--write")) writeSection("## Removing an import", lines.join("\n"));
  } finally {
    await bench.close();
  }
}

async function countRows(orgId: string, db: Awaited<ReturnType<typeof openBenchDb>>["handle"]["db"]) {
  const counts: Record<string, number> = {};
  for (const table of ROLLUP_TABLES) {
    const result = await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where org_id = ${orgId}`);
    counts[table] = rowsOf<{ n: number }>(result)[0]!.n;
  }
  return counts;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
