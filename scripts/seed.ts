/**
 * npm run db:seed: migrates, then creates the demo organisation "Skyward Airlines" if it is not
 * there yet, trains its sentiment model, loads its survey responses, and prints one sign-in per
 * role. `--logins-json <file>` also writes the sign-ins as JSON, for scripts/demo.mjs to print
 * once the server is up. `--feedback-in-background` leaves the responses to the server
 * (SKYWARD_LOAD_IN_BACKGROUND=1, db/seed/skyward-loader.ts), so `npm run demo` starts sooner.
 */
import { writeFile } from "node:fs/promises";
import { openDatabase } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { DEMO_LOGINS, SKYWARD_ORG_NAME, seedSkyward } from "@/db/seed/skyward";
import { seedSkywardFeedback } from "@/db/seed/skyward-feedback";
import { trainSkywardModel } from "@/db/seed/skyward-model";
import { seedSkywardTraining } from "@/db/seed/skyward-training";

const loginsFlag = process.argv.indexOf("--logins-json");
const loginsFile = loginsFlag >= 0 ? process.argv[loginsFlag + 1] : undefined;
const feedbackInBackground = process.argv.includes("--feedback-in-background");
if (loginsFlag >= 0 && !loginsFile) {
  console.error("--logins-json needs a file name");
  process.exit(2);
}

const started = Date.now();
const handle = openDatabase();
try {
  await applyMigrations(handle);
  const migrated = Date.now();
  const { created, orgId } = await seedSkyward(handle.db);
  const training = await seedSkywardTraining(handle.db, orgId);
  if (training.seeded) {
    console.log(
      `Training: ${training.modules} modules, ${training.records} results from the LMS and the app, ${training.assignments} open or cancelled assignments, ` +
        `${training.coaching} coaching sessions, ${training.waitingStatements} xAPI statements waiting to be mapped.`,
    );
  }
  const seeded = Date.now();
  const model = await trainSkywardModel(handle.db, orgId);
  if (model.trained) {
    const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(
      `Sentiment model: trained on ${model.labels.toLocaleString("en-US")} labelled comments; on ${model.heldOut} held out, ` +
        `accuracy ${percent(model.accuracy)} and macro-F1 ${model.macroF1.toFixed(2)} (lexicon ${percent(model.lexiconAccuracy)}, ${model.lexiconMacroF1.toFixed(2)}); ` +
        `${model.active ? "it scores the comments" : "the lexicon stays in use"} (${((Date.now() - seeded) / 1000).toFixed(1)} s).`,
    );
  } else if (model.reason !== "already trained") {
    console.log(`Sentiment model: not trained (${model.reason}).`);
  }
  if (feedbackInBackground) console.log("Feedback: the survey's responses load in the background once the server is up.");
  else await loadFeedback(orgId, Date.now());
  const where = handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${process.env.PGLITE_DIR ?? ".data/pglite"}`;
  console.log(
    `${SKYWARD_ORG_NAME}: ${created ? "created" : "already there, left as it is"} in ${where} ` +
      `(migrate ${migrated - started} ms, seed ${seeded - migrated} ms, total ${Date.now() - started} ms).`,
  );
} finally {
  await handle.close();
}

if (loginsFile) await writeFile(loginsFile, JSON.stringify(DEMO_LOGINS, null, 2) + "\n", { mode: 0o600 });

console.log("\nDemo sign-ins (password for all: " + DEMO_LOGINS[0]!.password + "):");
for (const login of DEMO_LOGINS) {
  console.log(`  ${login.role.padEnd(10)} ${login.email.padEnd(28)} ${login.name}${login.team ? ` (${login.team})` : ""}`);
}

/** The survey's responses, here and now (the e2e server and `npm run db:seed`: a stable database before the server starts). */
async function loadFeedback(orgId: string, started: number): Promise<void> {
  // SKYWARD_FEEDBACK_ROWS loads only the first survey rows (the e2e server: the whole file takes minutes on PGlite).
  const maxRows = process.env.SKYWARD_FEEDBACK_ROWS ? Number(process.env.SKYWARD_FEEDBACK_ROWS) : undefined;
  if (maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows >= 0)) throw new Error("SKYWARD_FEEDBACK_ROWS must be a whole number");
  let reported = 0;
  const feedback = await seedSkywardFeedback(handle.db, orgId, {
    maxRows,
    // A server database writes one chunk while the next is prepared here; PGlite runs in this process.
    concurrency: handle.kind === "postgres" ? 2 : 1,
    // The whole survey takes minutes on PGlite: say how far it is now and then.
    onProgress: (rowsRead, stored) => {
      if (rowsRead - reported < 2000) return;
      reported = rowsRead;
      console.log(`Feedback: ${rowsRead.toLocaleString("en-US")} survey rows read, ${stored.toLocaleString("en-US")} responses stored…`);
    },
  });
  if (feedback.loaded) {
    console.log(
      `Feedback: ${feedback.stored.toLocaleString("en-US")} responses from ${feedback.rowsRead.toLocaleString("en-US")} survey rows ` +
        `(${feedback.comments.toLocaleString("en-US")} with a comment, ${feedback.duplicates} already there, ${feedback.rejected} rejected) ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } else if (feedback.reason !== "already loaded") {
    console.log(`Feedback: skipped, the survey dataset is missing (${feedback.reason}); the demo has no feedback.`);
  }
}
