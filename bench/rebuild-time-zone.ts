/*
 * Changing the organisation's time zone on the demo's data: the survey (~277,000 responses)
 * imported as the demo seed imports it, the zone changed to America/Chicago, and the rollups
 * rebuilt by the real job, one touch point per transaction, then checked against a full rebuild.
 *
 *   npx tsx --conditions=react-server bench/rebuild-time-zone.ts                the whole file, on in-memory PGlite
 *   npx tsx --conditions=react-server bench/rebuild-time-zone.ts --limit=5000   a quick trial on the first survey rows
 *   npx tsx --conditions=react-server bench/rebuild-time-zone.ts --postgres     on a throwaway PostgreSQL cluster (bench/throwaway-postgres.ts)
 *   npx tsx --conditions=react-server bench/rebuild-time-zone.ts --write        also replace "Changing the time zone" in docs/benchmarks.md
 */
import os from "node:os";
import { sql } from "drizzle-orm";
import { SKYWARD_SURVEY_CSV } from "../db/seed/skyward";
import { seedSkywardFeedback } from "../db/seed/skyward-feedback";
import { rebuildRollups } from "../server/services/feedback/rebuild";
import { rowsOf } from "../server/services/feedback/unnest";
import { runRollupRebuild } from "../server/services/organization/rollup-rebuild";
import { changeTimeZone } from "../server/services/organization/time-zone";
import { writeSection } from "./docs-section";
import { openBenchDb } from "./ingest-setup";
import { startThrowawayPostgres } from "./throwaway-postgres";

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const LIMIT = option("limit") === undefined ? undefined : Number(option("limit"));
const ON_POSTGRES = args.includes("--postgres");
const ZONE = "America/Chicago";

const load = () => os.loadavg().map((n) => n.toFixed(2)).join(", ");
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const fmt = (n: number) => Math.round(n).toLocaleString("en-GB");

const DAY_TABLES = ["feedback_daily_rollups", "feedback_daily_totals", "feedback_segment_daily_rollups", "feedback_theme_daily_rollups", "observation_daily_rollups"];

async function main() {
  const server = ON_POSTGRES ? await startThrowawayPostgres() : null;
  if (ON_POSTGRES && !server) throw new Error("PostgreSQL is not installed here");
  const bench = await openBenchDb(server?.url);
  const { db } = bench.handle;
  try {
    console.error(`Importing ${SKYWARD_SURVEY_CSV}${LIMIT ? ` (first ${LIMIT} rows)` : ""} as the demo seed does…`);
    const loaded = await seedSkywardFeedback(db, bench.scope.orgId, { maxRows: LIMIT });
    if (!loaded.loaded) throw new Error(`the survey was not imported: ${loaded.reason}`);
    const [{ n: responses }] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from feedback where org_id = ${bench.scope.orgId}`)) as [{ n: number }];
    console.error(`${fmt(responses)} responses; changing the zone to ${ZONE} and rebuilding…`);

    const loadBefore = load();
    const started = performance.now();
    const settings = await changeTimeZone(bench.tenant, bench.scope, { timeZone: ZONE });
    const steps: number[] = [];
    let status = settings.rebuild;
    while (status && !status.finishedAt) {
      const stepStarted = performance.now();
      status = await runRollupRebuild(bench.tenant, bench.scope.userId, { budgetMs: 0 });
      steps.push(performance.now() - stepStarted);
    }
    const rebuildMs = performance.now() - started;
    const loadAfter = load();
    const afterJob = await dayRows(bench.scope.orgId, db);

    const fullStarted = performance.now();
    await rebuildRollups(bench.tenant);
    const fullMs = performance.now() - fullStarted;
    const afterFull = await dayRows(bench.scope.orgId, db);
    if (JSON.stringify(afterJob) !== JSON.stringify(afterFull)) throw new Error(`the job and a full rebuild differ: ${JSON.stringify({ afterJob, afterFull })}`);

    const engine = bench.kind === "pglite" ? "in-memory PGlite" : `PostgreSQL ${server?.version ?? ""}`.trim();
    const lines = [
      "## Changing the time zone (issue 14)",
      "",
      `Measured ${new Date().toISOString().slice(0, 10)} by \`npx tsx --conditions=react-server bench/rebuild-time-zone.ts${LIMIT ? ` --limit=${LIMIT}` : ""}${ON_POSTGRES ? " --postgres" : ""}\` (\`npm run bench -- rebuild-zone\`) on ${engine} (${os.cpus().length} cores, shared; load average ${loadBefore} before, ${loadAfter} after).`,
      `The demo's survey (${SKYWARD_SURVEY_CSV}${LIMIT ? `, first ${fmt(LIMIT)} rows` : ""}) imported as the seed imports it, then the organisation's zone changed from UTC to ${ZONE} and its rollups rebuilt by the job, one touch point per transaction.`,
      "",
      "| | |",
      "|---|---|",
      `| Responses | ${fmt(responses)} |`,
      `| Touch points rebuilt | ${steps.length - 1} (${steps.length} calls, the last one finishing the job) |`,
      `| Rebuild time (zone change to finished) | ${seconds(rebuildMs)} s, ${fmt(responses / (rebuildMs / 1000))} responses/s |`,
      `| Slowest touch point | ${fmt(Math.max(...steps))} ms (the ingest of that touch point waits this long at most) |`,
      `| Full rebuild of the organisation, for comparison | ${seconds(fullMs)} s (one transaction: every ingest waits) |`,
      `| Day-keyed rollup rows afterwards | ${Object.entries(afterJob).map(([table, n]) => `${table} ${fmt(n)}`).join(", ")}; equal to the full rebuild's |`,
      "",
    ];
    console.log(lines.join("\n"));
    if (args.includes("--write")) writeSection("## Changing the time zone", lines.join("\n"));
  } finally {
    await bench.close();
    server?.stop();
  }
}

async function dayRows(orgId: string, db: Awaited<ReturnType<typeof openBenchDb>>["handle"]["db"]) {
  const counts: Record<string, number> = {};
  for (const table of DAY_TABLES) {
    const result = await db.execute(sql`select count(*)::int as n, coalesce(sum(${sql.raw(table === "feedback_theme_daily_rollups" ? "mentions" : table === "observation_daily_rollups" ? "n" : "responses")}), 0)::bigint::text as total from ${sql.identifier(table)} where org_id = ${orgId}`);
    const row = rowsOf<{ n: number; total: string }>(result)[0]!;
    counts[table] = row.n;
    counts[`${table} (counted)`] = Number(row.total);
  }
  return counts;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
