/**
 * Runs once when a Next.js server starts: the background runner of text jobs (training an
 * organisation's sentiment model, rescoring stored feedback) lives in the app server's process.
 * TEXT_JOBS_RUNNER=off leaves it out (for example on servers that should only answer requests).
 * `npm run demo` sets SKYWARD_LOAD_IN_BACKGROUND=1: the demo's responses load here too.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("@/db/client");
  const { logger } = await import("@/server/log");
  if (!process.env.DATABASE_URL) {
    // PGlite has no autovacuum: keep the planner's statistics here (server/db/embedded-statistics.ts).
    const { keepEmbeddedStatistics } = await import("@/server/db/embedded-statistics");
    void keepEmbeddedStatistics(getDb()).catch((error: unknown) => logger.error({ err: error }, "could not start keeping the planner's statistics"));
  }
  if (process.env.SKYWARD_LOAD_IN_BACKGROUND === "1") {
    const { startSkywardLoader } = await import("@/db/seed/skyward-loader");
    startSkywardLoader(getDb());
  }
  if (process.env.TEXT_JOBS_RUNNER === "off") return;
  const { startTextJobRunner } = await import("@/server/services/text-model/runner");
  // With PGlite this process is the only one on the database: a job still running was left by the last one.
  startTextJobRunner(getDb(), { failRunningAtStart: !process.env.DATABASE_URL });
}
