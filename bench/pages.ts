/*
 * Time to usable content of every page of every role on the full demo, in real Chromium, with
 * the time of each tRPC query the page calls beside it (bench/pages-browser.ts says how both are
 * measured). Target: p95 at most 1 s for every page, on PGlite as `npm run demo` runs it and on
 * PostgreSQL.
 *
 *   npx tsx --conditions=react-server bench/pages.ts                    PGlite (.data/bench-pglite) and a throwaway PostgreSQL
 *   npx tsx --conditions=react-server bench/pages.ts --db pglite        one of them
 *   npx tsx --conditions=react-server bench/pages.ts --url http://localhost:3000    a server that is already running the demo
 *   npx tsx --conditions=react-server bench/pages.ts --write            also replace the "Pages" section of docs/benchmarks.md
 *
 * Needs a production build (`npx next build`). The full demo is seeded once into each database
 * (minutes on PGlite; the PGlite folder is kept for the next run).
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { writeSection } from "./docs-section";
import { benchPages, type PageCase, type PageResult } from "./pages-browser";
import { freePort, INSTALL_HINT, startThrowawayPostgres } from "./throwaway-postgres";
import { discoverIds } from "./pages-ids";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const RUNS = Number(option("--runs") ?? 5);
const TARGET_MS = 1000;
const HOME_PERIODS = [
  ["7 days", "7d"],
  ["30 days", "30d"],
  ["90 days", "90d"],
  ["last quarter", "lq"],
] as const;

function casesFor(ids: { journeyId: string; touchPointId: string; leadTouchPointId: string }): PageCase[] {
  const homes = (role: PageCase["role"]) => HOME_PERIODS.map(([label, preset]) => ({ role, label: `Home, ${label}`, path: `/?period=${preset}` }));
  const common = (role: PageCase["role"], touchPointId: string) => [
    ...homes(role),
    { role, label: "Journeys", path: "/journeys" },
    { role, label: "Journey map, 30 days", path: `/journeys/${ids.journeyId}?period=30d` },
    { role, label: "Journey map, 90 days", path: `/journeys/${ids.journeyId}?period=90d` },
    { role, label: "Touch point, 30 days", path: `/touch-points/${touchPointId}?period=30d` },
    { role, label: "Touch point, last quarter", path: `/touch-points/${touchPointId}?period=lq` },
    { role, label: "Responses", path: "/responses" },
    { role, label: "Profile", path: "/profile" },
  ];
  return [
    ...common("director", ids.touchPointId),
    ...["/people", "/teams", "/import", "/surveys", "/audit", "/settings/api-keys", "/settings/themes", "/settings/sentiment-model"].map((p) => ({
      role: "director" as const,
      label: p.slice(1).replace("settings/", "Settings: "),
      path: p,
    })),
    ...common("team_lead", ids.leadTouchPointId),
    { role: "team_lead", label: "My team", path: "/people" },
    { role: "team_lead", label: "Import", path: "/import" },
    ...common("frontline", ids.leadTouchPointId).filter((c) => !c.path.startsWith("/touch-points")),
  ];
}

function seed(env: NodeJS.ProcessEnv) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/seed.ts"], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error("seeding the demo failed");
}

async function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...env, NEXTAUTH_URL: url, NEXTAUTH_SECRET: "touchpoint-bench-secret-not-for-production", TEXT_JOBS_RUNNER: "off" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let waited = 0; waited < 120_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const up = await fetch(`${url}/sign-in`).then((r) => r.ok, () => false);
    if (up) return { url, stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM")))) };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGKILL");
  throw new Error("next start did not answer within 2 minutes");
}

async function benchServer(url: string, label: string): Promise<PageResult[]> {
  console.error(`\n-- ${label}: ${url}`);
  const ids = await discoverIds(url);
  const only = option("--only");
  const cases = casesFor(ids).filter((c) => !only || `${c.role} ${c.label}`.toLowerCase().includes(only.toLowerCase()));
  return benchPages(url, cases, RUNS, (line) => console.error(line));
}

function table(label: string, results: PageResult[]): string {
  const slowest = (r: PageResult) =>
    r.procedures
      .slice()
      .sort((a, b) => b.time.p95 - a.time.p95)
      .slice(0, 3)
      .map((p) => `${p.name} ${p.time.p50.toFixed(0)}/${p.time.p95.toFixed(0)}`)
      .join(", ");
  const met = results.filter((r) => r.usable.p95 <= TARGET_MS).length;
  return [
    `**${label}**: ${met} of ${results.length} pages usable within ${TARGET_MS} ms at p95.`,
    "",
    "| role | page | usable p50 (ms) | usable p95 (ms) | slowest queries alone, p50/p95 (ms) |",
    "|---|---|---|---|---|",
    ...results.map((r) => `| ${r.role} | ${r.label} | ${r.usable.p50.toFixed(0)} | ${r.usable.p95.toFixed(0)} | ${slowest(r) || "none"} |`),
  ].join("\n");
}

const sections: string[] = [];
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(", ");
const url = option("--url");
const which = option("--db") ?? "both";
if (!existsSync(path.join(root, ".next/BUILD_ID")) && !url) {
  console.error("There is no production build: run `npx next build` first.");
  process.exit(1);
}

if (url) {
  sections.push(table(`Server at ${url}`, await benchServer(url, "given server")));
} else {
  if (which === "both" || which === "pglite") {
    const { DATABASE_URL: _server, ...rest } = process.env;
    const env = { ...rest, PGLITE_DIR: path.join(root, ".data/bench-pglite") };
    seed(env);
    const server = await startServer(env);
    try {
      sections.push(table("PGlite (as `npm run demo`)", await benchServer(server.url, "PGlite")));
    } finally {
      await server.stop();
    }
  }
  if (which === "both" || which === "postgres") {
    const pg = await startThrowawayPostgres();
    if (!pg) {
      console.error(INSTALL_HINT);
      process.exit(1);
    }
    try {
      const env = { ...process.env, DATABASE_URL: pg.url };
      seed(env);
      const server = await startServer(env);
      try {
        sections.push(table(`PostgreSQL ${pg.version}`, await benchServer(server.url, "PostgreSQL")));
      } finally {
        await server.stop();
      }
    } finally {
      pg.stop();
    }
  }
}

const heading = `## Pages${which === "both" || url ? "" : ` on ${which === "pglite" ? "PGlite" : "PostgreSQL"}`} (issue 13)`;
const summary = [
  heading,
  "",
  "Time until a page is usable (its heading on screen, no skeleton or loading status left) in Chromium, " +
    "`npm run bench -- pages` (`bench/pages.ts`); beside it the slowest tRPC queries the page made, each replayed alone.",
  "",
  `Full demo (276,944 responses), ${RUNS} opens per page after a warm-up, Chromium at 1,400 x 900; ` +
    `${os.cpus().length} cores, load average after the run ${load()}; ${new Date().toISOString().slice(0, 10)}.`,
  "",
  ...sections.flatMap((s) => [s, ""]),
].join("\n");
console.log(summary);
if (args.includes("--write")) writeSection(heading, summary);
