/*
 * Dashboard query time with 100k and then 1M feedback rows on PostgreSQL: journey health, movers
 * and team people (the director's and lead's homes) over the last 30 days. Rows are generated
 * straight into `feedback` with one INSERT ... SELECT FROM generate_series (over the last 90
 * days, the Skyward demo's 14 touch points, its people or nobody, two segment attributes) and the
 * rollups rebuilt from them (npm run db:rebuild-rollups's code), which is far quicker than
 * ingesting a million rows and gives the same rollups. Target: 1M rows at most 1.5x the time of
 * 100k, since the queries read rollups (touch points x days x staff x segments), not responses.
 *
 *   npx tsx --conditions=react-server bench/dashboards.ts            print the figures
 *   npx tsx --conditions=react-server bench/dashboards.ts --write    also replace the "Dashboards" section of docs/benchmarks.md
 *
 * PostgreSQL: BENCH_DATABASE_URL, else a throwaway local cluster (bench/throwaway-postgres.ts).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { teams, touchPoints, users } from "../db/schema";
import { rebuildRollups } from "../server/services/feedback/rebuild";
import { arrayParam } from "../server/services/feedback/unnest";
import { journeyHealth, movers } from "../server/services/dashboards/journey";
import { teamPeople } from "../server/services/dashboards/people";
import { addDays } from "../server/services/dashboards/period";
import { writeSection } from "./docs-section";
import { openBenchDb, type BenchDb } from "./ingest-setup";
import { withBenchPostgres } from "./throwaway-postgres";

const SIZES = [100_000, 1_000_000];
const RUNS = 7;

async function addRows(bench: BenchDb, count: number) {
  const points = (await bench.tenant.selectFields({ id: touchPoints.id }, touchPoints)).map((p) => p.id);
  const people = (await bench.tenant.selectFields({ id: users.id }, users)).map((u) => u.id);
  for (let done = 0; done < count; done += 200_000) {
    const n = Math.min(200_000, count - done);
    await bench.tenant.execute(
      (orgId) => sql`
        insert into feedback (org_id, id, touch_point_id, channel, staff_id, segment, rating, source, occurred_at)
        select ${orgId}, gen_random_uuid(), (${arrayParam(points, "uuid")})[1 + (i % ${points.length})], 'web',
          case when i % 3 = 0 then null else (${arrayParam(people, "uuid")})[1 + ((i * 7) % ${people.length})] end,
          jsonb_build_object('class', (array['Business', 'Eco', 'Eco Plus'])[1 + (i % 3)],
            'satisfaction', case when random() < 0.45 then 'satisfied' else 'neutral or dissatisfied' end),
          1 + floor(random() * 5)::int, 'import', now() - random() * interval '90 days'
        from generate_series(1, ${n}) as i`,
    );
  }
}

async function timeIt(work: () => Promise<unknown>): Promise<number> {
  await work(); // warm
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

type Figures = { rows: number; rollupRows: number; generateMs: number; rebuildMs: number; journeyHealth: number; movers: number; teamPeople: number };

async function measure(bench: BenchDb, rows: number, journeyId: string, teamId: string): Promise<Figures> {
  const started = performance.now();
  const [{ n }] = (await bench.handle.db.execute(sql`select count(*)::int as n from feedback`)) as unknown as [{ n: number }];
  await addRows(bench, rows - n);
  const generated = performance.now();
  const { rollupRows } = await rebuildRollups(bench.tenant);
  const rebuilt = performance.now();
  await bench.handle.db.execute(sql`analyze`);
  const to = new Date().toISOString().slice(0, 10);
  const period = { from: addDays(to, -29), to };
  return {
    rows,
    rollupRows,
    generateMs: generated - started,
    rebuildMs: rebuilt - generated,
    journeyHealth: await timeIt(() => journeyHealth(bench.tenant, bench.scope, { ...period, journeyId })),
    movers: await timeIt(() => movers(bench.tenant, bench.scope, { ...period, journeyId })),
    teamPeople: await timeIt(() => teamPeople(bench.tenant, bench.scope, { ...period, teamId })),
  };
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

function report(figures: Figures[], pgVersion: string): string {
  const [small, large] = figures;
  const ratio = (key: "journeyHealth" | "movers" | "teamPeople") => (large![key] / small![key]).toFixed(2);
  return [
    "## Dashboards (issue 6)",
    "",
    `Median of ${RUNS} calls (after one warm-up) of each dashboard service over the last 30 days, director's scope, Skyward demo organisation`,
    `(14 touch points with one rating KPI each, 5 teams). Rows generated straight into \`feedback\` over 90 days (staff: the organisation's people`,
    "or nobody; segments: class x satisfaction), then all rollups rebuilt from them (`rebuildRollups`). " + `${pgVersion}, throwaway local cluster, default settings.`,
    "",
    "| feedback rows | rollup rows | generate | rebuild | journeyHealth | movers | teamPeople |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...figures.map(
      (f) =>
        `| ${f.rows.toLocaleString("en")} | ${f.rollupRows.toLocaleString("en")} | ${(f.generateMs / 1000).toFixed(1)} s | ${(f.rebuildMs / 1000).toFixed(1)} s | ${ms(f.journeyHealth)} ms | ${ms(f.movers)} ms | ${ms(f.teamPeople)} ms |`,
    ),
    "",
    `10x the rows: journeyHealth x${ratio("journeyHealth")}, movers x${ratio("movers")}, teamPeople x${ratio("teamPeople")} (target: at most 1.5x).`,
    "The queries read rollups only; their cost follows rollup rows (touch points x days x staff x segments), which saturate long before responses do.",
    "`npm run bench -- dashboards --write`.",
    "",
  ].join("\n");
}

async function main() {
  await withBenchPostgres("Dashboards", async (url, pgVersion) => {
    const bench = await openBenchDb(url);
    try {
      const [{ journeyId }] = (await bench.tenant.selectFields({ journeyId: touchPoints.journeyId }, touchPoints).limit(1)) as [{ journeyId: string }];
      const [{ id: teamId }] = (await bench.tenant.selectFields({ id: teams.id }, teams).orderBy(teams.name).limit(1)) as [{ id: string }];
      const figures: Figures[] = [];
      for (const rows of SIZES) {
        console.error(`[dashboards] ${rows.toLocaleString("en")} rows`);
        figures.push(await measure(bench, rows, journeyId, teamId));
        console.error(JSON.stringify(figures.at(-1)));
      }
      const section = report(figures, pgVersion);
      console.log(section);
      if (process.argv.includes("--write")) writeSection("## Dashboards (issue 6)", section);
    } finally {
      await bench.close();
    }
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
