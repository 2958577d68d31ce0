/*
 * Training impact on PostgreSQL: one module's impact (moduleImpact: load the person x week panel
 * from the staff-level daily totals, the stacked difference in differences, 999 bootstrap
 * replicates, the event study and the pre-trend check) for a synthetic organisation of 2,000
 * staff serving one touch point for two years, 40% of them completing the module at staggered
 * days over the middle year. Rollup rows are generated straight into feedback_daily_totals with
 * one INSERT ... SELECT FROM generate_series (each person answered on about 60% of days, 1-3
 * ratings a day), which is what ingest would leave there. Target: under 1 s. The path before the speed-up
 * (bench/training-baseline/) runs in the same rounds, for the ratio.
 *
 *   npx tsx --conditions=react-server bench/training.ts            print the figures
 *   npx tsx --conditions=react-server bench/training.ts --write    also replace the "Training impact" section of docs/benchmarks.md
 *
 * PostgreSQL: BENCH_DATABASE_URL, else a throwaway local cluster (bench/throwaway-postgres.ts).
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import { kpis, trainingModules, trainingModuleTouchPoints } from "../db/schema";
import { addDays } from "../lib/days";
import { moduleImpact } from "../server/services/training/impact/impact";
import { loadPanels, moduleCompletions } from "../server/services/training/impact/loader";
import { DEFAULT_IMPACT_OPTIONS } from "../server/services/training/impact/options";
import { mondayOf } from "../server/services/training/impact/panel";
import { estimateImpact } from "../server/services/training/impact/stacked-did";
import { writeSection } from "./docs-section";
import { openBenchDb, type BenchDb } from "./ingest-setup";
import { loadPanels as baselineLoadPanels } from "./training-baseline/loader";
import { estimateImpact as baselineEstimateImpact } from "./training-baseline/stacked-did";
import { withBenchPostgres } from "./throwaway-postgres";

const STAFF = 2000;
const DAYS = 730;
const TRAINED_SHARE = 0.4;
const RUNS = 7;

async function build(bench: BenchDb) {
  const [{ touchPointId }] = (await bench.tenant
    .selectFields({ touchPointId: kpis.touchPointId }, kpis, eq(kpis.kind, "rating"))
    .limit(1)) as [{ touchPointId: string }];
  const to = new Date().toISOString().slice(0, 10);
  const from = addDays(to, -(DAYS - 1));
  await bench.tenant.execute(
    (orgId) => sql`
      insert into users (org_id, id, email, name, role, password_hash)
      select ${orgId}, gen_random_uuid(), 'bench-staff-' || i || '@example.com', 'Bench staff ' || i, 'frontline', 'x'
      from generate_series(1, ${STAFF}) as i`,
  );
  const [module] = await bench.tenant.insert(trainingModules, { title: "Bench module", category: "personal" }).returning({ id: trainingModules.id });
  await bench.tenant.insert(trainingModuleTouchPoints, { moduleId: module!.id, touchPointId });
  // A staggered 40% complete over the middle year; their ratings are 0.3 higher afterwards.
  await bench.tenant.execute(
    (orgId) => sql`
      insert into training_records (org_id, id, module_id, user_id, outcome, completed_at, source, source_ref)
      select ${orgId}, gen_random_uuid(), ${module!.id}, u.id, 'completed',
        (${from}::date + 182 + floor(random() * 365)::int)::timestamptz, 'lms_csv', 'bench-' || u.id
      from users u where u.org_id = ${orgId} and u.email like 'bench-staff-%' and random() < ${TRAINED_SHARE}`,
  );
  const started = performance.now();
  await bench.tenant.execute(
    (orgId) => sql`
      insert into feedback_daily_totals (org_id, id, touch_point_id, staff_id, day, responses, rating_n, rating_sum)
      select ${orgId}, gen_random_uuid(), ${touchPointId}, u.id, d::date, k, k,
        k * (3.6 + case when r.completed_at is not null and d::date > r.completed_at::date then 0.3 else 0 end) + (random() - 0.5) * k
      from users u
      left join training_records r on r.org_id = u.org_id and r.user_id = u.id and r.module_id = ${module!.id}
      cross join generate_series(${from}::date, ${to}::date, interval '1 day') as d
      cross join lateral (select 1 + floor(random() * 3)::int as k) as n
      where u.org_id = ${orgId} and u.email like 'bench-staff-%' and random() < 0.6`,
  );
  const generateMs = performance.now() - started;
  await bench.handle.db.execute(sql`analyze`);
  const [{ rows }] = (await bench.handle.db.execute(sql`select count(*)::int as rows from feedback_daily_totals`)) as unknown as [{ rows: number }];
  const [{ trained }] = (await bench.handle.db.execute(sql`select count(*)::int as trained from training_records where module_id = ${module!.id}`)) as unknown as [{ trained: number }];
  return { moduleId: module!.id, touchPointId, rows, trained, generateMs };
}

type Timings = Record<string, number[]>;

/** Each step once to warm up, then RUNS rounds of every step in turn, so old and new share the machine's load. */
async function timeRounds(steps: Record<string, () => Promise<unknown>>): Promise<Record<string, number>> {
  for (const step of Object.values(steps)) await step();
  const times: Timings = {};
  for (let i = 0; i < RUNS; i++) {
    for (const [name, step] of Object.entries(steps)) {
      const started = performance.now();
      await step();
      (times[name] ??= []).push(performance.now() - started);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, values.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!]));
}

const loadAverage = () => os.loadavg().map((v) => v.toFixed(2)).join(" / ");
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main() {
  await withBenchPostgres("Training", async (url, pgVersion) => {
    const bench = await openBenchDb(url);
    try {
      const built = await build(bench);
      const completions = await moduleCompletions(bench.tenant, built.moduleId, "UTC");
      const input = { touchPointId: built.touchPointId, kinds: ["rating"] as const, completions, pre: DEFAULT_IMPACT_OPTIONS.pre, post: DEFAULT_IMPACT_OPTIONS.post };
      const panel = (await loadPanels(bench.tenant, input)).get("rating")!;
      const oldPanel = (await baselineLoadPanels(bench.tenant, input)).get("rating")!;
      // Rows the driver parses: one per person and week before, one per person now.
      const [{ oldRows }] = (await bench.handle.db.execute(sql`
        select count(*)::int as "oldRows" from (
          select 1 from feedback_daily_totals
          where org_id = ${bench.scope.orgId} and touch_point_id = ${built.touchPointId} and staff_id is not null
            and day between ${mondayOf(oldPanel.firstWeek)} and ${mondayOf(oldPanel.firstWeek + oldPanel.weeks)}
          group by staff_id, floor((day - date '1970-01-05') / 7.0)) as person_weeks`)) as unknown as [{ oldRows: number }];
      // Same panel, same replicates: the two estimators must agree exactly.
      const same = JSON.stringify(estimateImpact(panel)) === JSON.stringify(baselineEstimateImpact(panel));
      const loadBefore = loadAverage();
      let result: Awaited<ReturnType<typeof moduleImpact>> | null = null;
      const t = await timeRounds({
        oldLoad: () => baselineLoadPanels(bench.tenant, input),
        newLoad: () => loadPanels(bench.tenant, input),
        oldEstimate: async () => baselineEstimateImpact(oldPanel),
        newEstimate: async () => estimateImpact(panel),
        whole: async () => {
          result = await moduleImpact(bench.tenant, bench.scope, { moduleId: built.moduleId });
        },
      });
      const load = `${loadBefore} before, ${loadAverage()} after (${os.cpus().length} cores)`;
      const kpi = result!.touchPoints[0]!.kpis[0]!;
      const r = kpi.result;
      const estimate = r.status === "estimated" ? `${r.estimate.toFixed(3)} (95% interval ${r.low!.toFixed(3)} to ${r.high!.toFixed(3)}; planted 0.3), ${r.counts.treatedPeople} trained and ${r.counts.controlPeople} comparison people` : r.reason;
      const ratio = (after: number, before: number) => `${(after / before).toFixed(2)}`;
      const section = [
        "## Training impact (issue 16)",
        "",
        `One module's impact (\`moduleImpact\`: completions, the person x week panel from \`feedback_daily_totals\`, the stacked difference in differences,`,
        `999 bootstrap replicates with the event study and the pre-trend check), median of ${RUNS} rounds after one warm-up; in each round the old path`,
        `(bench/training-baseline/: one row per person and week from PostgreSQL, one replicate per pass over the panel) and the new one run in turn,`,
        `so their ratio is measured under the same load. Synthetic organisation: ${STAFF.toLocaleString("en")} staff serving one touch point (rating KPI)`,
        `for ${DAYS} days, answering on about 60% of days (1-3 ratings a day); ${built.trained.toLocaleString("en")} of them complete the module on staggered`,
        `days over the middle year. ${built.rows.toLocaleString("en")} daily rollup rows (generated in ${(built.generateMs / 1000).toFixed(1)} s); the panel is ${panel.people.length.toLocaleString("en")} people x ${panel.weeks} weeks.`,
        `${pgVersion}, throwaway local cluster, default settings.`,
        "",
        "| path | rows from PostgreSQL | load panel | estimate (999 replicates) | load + estimate | moduleImpact | load average (1 / 5 / 15 min) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        `| before | ${oldRows.toLocaleString("en")} | ${ms(t.oldLoad!)} | ${ms(t.oldEstimate!)} | ${ms(t.oldLoad! + t.oldEstimate!)} | | ${load} |`,
        `| after | ${panel.people.length.toLocaleString("en")} | ${ms(t.newLoad!)} | ${ms(t.newEstimate!)} | ${ms(t.newLoad! + t.newEstimate!)} | ${ms(t.whole!)} | |`,
        `| after / before | | ${ratio(t.newLoad!, t.oldLoad!)} | ${ratio(t.newEstimate!, t.oldEstimate!)} | ${ratio(t.newLoad! + t.newEstimate!, t.oldLoad! + t.oldEstimate!)} | | |`,
        "",
        `Estimate: ${estimate}. Old and new estimators on the same panel: ${same ? "identical results" : "DIFFERENT results"}. Target: under 1 s. \`npm run bench -- training --write\`.`,
        "",
      ].join("\n");
      console.log(section);
      if (!same) process.exitCode = 1;
      if (process.argv.includes("--write")) writeSection("## Training impact (issue 16)", section);
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
