import path from "node:path";
import { analyseEmbeddedDatabase } from "@/server/db/embedded-statistics";
import type { Database } from "@/db/client";
import { logger } from "@/server/log";
import { setBackgroundLoad, type BackgroundLoad } from "@/server/services/demo/background-load";
import { datasetsDir, findOrg, SKYWARD_SURVEY_CSV } from "./skyward";
import { seedSkywardFeedback } from "./skyward-feedback";
import { readSurveyAnswers } from "./skyward-sources";

/**
 * `npm run demo` starts the server as soon as the organisation, its people, journey, targets and
 * model exist (scripts/seed.ts --feedback-in-background) and the survey's responses load here,
 * in the server's process (PGlite allows one process on its data folder), while people already
 * use the app; the shell shows how far it is. Idempotent and resumable: seedSkywardFeedback skips
 * a completed load and starts a stopped one after the rows it had read.
 */
/** Responses per chunk: about 0.1 s of PGlite's time each on an idle machine. */
const LOADER_CHUNK_SIZE = 250;
/** The share of the database's time the load may take while people use the app. */
const LOADER_PACE = 0.5;

export function startSkywardLoader(db: Database): void {
  void load(db).catch((error: unknown) => logger.error({ err: error }, "loading the demo's responses stopped"));
}

async function load(db: Database): Promise<void> {
  const orgId = await findOrg(db);
  if (!orgId) return;
  const total = readSurveyAnswers(path.join(datasetsDir(), SKYWARD_SURVEY_CSV)).length;
  const state: BackgroundLoad = { orgId, fileName: SKYWARD_SURVEY_CSV, total, status: "loading" };
  setBackgroundLoad(state);
  const started = Date.now();
  try {
    // Small chunks and half the database's time: pages are answered between chunks meanwhile.
    const result = await seedSkywardFeedback(db, orgId, { chunkSize: LOADER_CHUNK_SIZE, pace: LOADER_PACE });
    // Before saying "done" (which refreshes open dashboards), so their queries are planned for the whole demo.
    await analyseEmbeddedDatabase();
    state.status = "done";
    if (result.loaded) {
      logger.info({ stored: result.stored, seconds: Math.round((Date.now() - started) / 100) / 10 }, "demo responses loaded in the background");
    }
  } catch (error) {
    state.status = "failed";
    throw error;
  }
}
