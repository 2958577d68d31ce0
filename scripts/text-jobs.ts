/**
 * npm run text-jobs: a process that only runs text jobs (training sentiment models, rescoring
 * stored feedback), for PostgreSQL deployments whose web servers run with TEXT_JOBS_RUNNER=off,
 * so that a long training never holds up their requests. Several may run: each job is claimed by
 * one of them (docs/text-analytics.md).
 */
import { openDatabase } from "@/db/client";
import { startTextJobRunner, stopTextJobRunner } from "@/server/services/text-model/runner";

if (!process.env.DATABASE_URL) {
  console.error("text-jobs: set DATABASE_URL. With PGlite the app server runs the jobs itself (one process per database folder).");
  process.exit(2);
}

const handle = openDatabase();
startTextJobRunner(handle.db, { pollMs: Number(process.env.TEXT_JOBS_POLL_MS ?? 2000) });
console.log("text-jobs: waiting for jobs");
// The runner's timer does not hold the process open on its own (it is unref'd for the app server).
const keepAlive = setInterval(() => {}, 60_000);

const stop = async () => {
  clearInterval(keepAlive);
  stopTextJobRunner();
  await handle.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
