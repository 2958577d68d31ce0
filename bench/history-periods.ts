/*
 * Dashboards over years against a month (issue 14, history): the director's services over the
 * last 30 days and over the last 3 years, each at the grain that fits (trendGrain), on in-memory
 * PGlite, the embedded database the app runs on by default. The Skyward demo organisation gets
 * ROWS responses spread over the last 3 years (one INSERT ... SELECT from generate_series, as
 * bench/dashboards.ts does), with the rollups rebuilt from them. The rollups are per touch point
 * and day, so 3 years read about 36x the rollup rows of 30 days, never the responses.
 *
 *   npm run bench -- history            print the figures
 *   npm run bench -- history --write    also replace its section of docs/benchmarks.md
 */
import os from "node:os";
import { sql } from "drizzle-orm";
import { kpis, touchPoints, users } from "../db/schema";
import { addDays, utcDay } from "../lib/days";
import { trendGrain } from "../lib/trend-grain";
import { rebuildRollups } from "../server/services/feedback/rebuild";
import { arrayParam } from "../server/services/feedback/unnest";
import { journeyHealth } from "../server/services/dashboards/journey";
import { sentimentTrend } from "../server/services/dashboards/sentiment";
import { themeTrends } from "../server/services/dashboards/themes";
import { kpiTrend, touchPointDashboard } from "../server/services/dashboards/trend";
import { writeSection } from "./docs-section";
import { openBenchDb } from "./ingest-setup";

const ROWS = Number(process.env.HISTORY_BENCH_ROWS ?? 100_000);
const YEARS = 3;
const RUNS = 5;
const HEADING = "## Dashboards over years (issue 14)";

async function median(work: () => Promise<unknown>): Promise<number> {
  await work(); // warm
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

async function main() {
  const bench = await openBenchDb();
  try {
    const points = await bench.tenant.selectFields({ id: touchPoints.id, journeyId: touchPoints.journeyId }, touchPoints);
    const people = (await bench.tenant.selectFields({ id: users.id }, users)).map((u) => u.id);
    const comments = ["queue at check-in was long", "friendly crew", "seat was broken", "delay with no information", "fine"];
    const started = performance.now();
    await bench.tenant.execute(
      (orgId) => sql`
        insert into feedback (org_id, id, touch_point_id, channel, staff_id, segment, rating, comment, sentiment_label, sentiment, themes, source, occurred_at)
        select ${orgId}, gen_random_uuid(), (${arrayParam(points.map((p) => p.id), "uuid")})[1 + (i % ${points.length})], 'web',
          case when i % 3 = 0 then null else (${arrayParam(people, "uuid")})[1 + ((i * 7) % ${people.length})] end,
          jsonb_build_object('class', (array['Business', 'Eco', 'Eco Plus'])[1 + (i % 3)]),
          1 + floor(random() * 5)::int,
          case when i % 4 = 0 then (${arrayParam(comments, "text")})[1 + (i % ${comments.length})] end,
          case when i % 4 = 0 then ((array['positive', 'neutral', 'negative'])[1 + (i % 3)])::sentiment_label end,
          case when i % 4 = 0 then (random() * 2 - 1)::real end,
          case when i % 4 = 0 then array[(${arrayParam(["queue", "crew", "seat", "delay"], "text")})[1 + (i % 4)]] else '{}'::text[] end,
          'import', now() - random() * interval '${sql.raw(String(YEARS * 365))} days'
        from generate_series(1, ${ROWS}) as i`,
    );
    const generated = performance.now();
    const { rollupRows } = await rebuildRollups(bench.tenant);
    const rebuilt = performance.now();
    const journeyId = points[0]!.journeyId;
    const [kpi] = await bench.tenant.selectFields({ id: kpis.id, touchPointId: kpis.touchPointId }, kpis).limit(1);
    const to = utcDay(new Date());
    const periods = [
      { name: "30 days", from: addDays(to, -29), to },
      { name: `${YEARS} years`, from: addDays(to, -(YEARS * 365 - 1)), to },
    ];
    const rows: string[] = [];
    for (const period of periods) {
      const range = { from: period.from, to: period.to };
      const grain = trendGrain(range);
      const figures = {
        journeyHealth: await median(() => journeyHealth(bench.tenant, bench.scope, { ...range, journeyId })),
        kpiTrend: await median(() => kpiTrend(bench.tenant, bench.scope, { ...range, kpiId: kpi!.id })),
        sentimentTrend: await median(() => sentimentTrend(bench.tenant, bench.scope, { ...range, journeyId })),
        themes: await median(() => themeTrends(bench.tenant, bench.scope, { ...range, journeyId })),
        touchPoint: await median(() => touchPointDashboard(bench.tenant, bench.scope, { ...range, touchPointId: kpi!.touchPointId })),
      };
      console.error(period.name, grain, JSON.stringify(figures));
      const ms = (value: number) => `${value.toFixed(0)} ms`;
      rows.push(`| ${period.name} | ${grain} | ${ms(figures.journeyHealth)} | ${ms(figures.kpiTrend)} | ${ms(figures.sentimentTrend)} | ${ms(figures.themes)} | ${ms(figures.touchPoint)} |`);
    }
    const load = os.loadavg().map((value) => value.toFixed(2)).join(", ");
    const section = [
      HEADING,
      "",
      `Median of ${RUNS} calls (after one warm-up) of each dashboard service, director's scope, Skyward demo organisation (14 touch points), on in-memory PGlite.`,
      `${ROWS.toLocaleString("en")} responses spread over the last ${YEARS} years (a quarter with a comment), ${rollupRows.toLocaleString("en")} rollup rows after the rebuild`,
      `(generate ${((generated - started) / 1000).toFixed(1)} s, rebuild ${((rebuilt - generated) / 1000).toFixed(1)} s). Each trend at the grain that fits its period (trendGrain). Load average while measuring: ${load} (2 cores).`,
      "",
      "| period | trend grain | journeyHealth | kpiTrend | sentimentTrend | themes | touchPoint |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
      ...rows,
      "",
      "`npm run bench -- history --write`.",
      "",
    ].join("\n");
    console.log(section);
    if (process.argv.includes("--write")) writeSection(HEADING, section);
  } finally {
    await bench.close();
  }
}

await main();
