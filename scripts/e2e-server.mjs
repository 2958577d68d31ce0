// Playwright's webServer: a freshly seeded database (a temporary PGlite folder, or DATABASE_URL
// when set) and the production build on E2E_PORT (3100), with a fixed test-only secret.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { localBin, repoRoot, runToEnd, startServer, tsxServerArgs } from "./lib/processes.mjs";

const port = process.env.E2E_PORT ?? "3100";
const TEST_SECRET = "touchpoint-e2e-secret-for-tests-only-never-in-production";
const env = {
  ...process.env,
  NEXTAUTH_SECRET: TEST_SECRET,
  NEXTAUTH_URL: `http://localhost:${port}`,
  PORT: port,
  // A slice of the airline survey as the demo's feedback: the whole file takes minutes to load on
  // PGlite, longer than Playwright waits for the server (see docs/import.md). Override to load more.
  SKYWARD_FEEDBACK_ROWS: process.env.SKYWARD_FEEDBACK_ROWS ?? "1500",
};

if (!existsSync(path.join(repoRoot, ".next", "BUILD_ID"))) {
  console.error("There is no production build: run `npx next build` first (`npm run test:e2e` does).");
  process.exit(1);
}

const prefix = "touchpoint-e2e-";
let tempDir = null;
if (!process.env.DATABASE_URL) {
  removeAbandonedFolders();
  tempDir = await mkdtemp(path.join(os.tmpdir(), `${prefix}${process.pid}-`));
  env.PGLITE_DIR = path.join(tempDir, "pglite");
  console.log(`e2e: PGlite in ${env.PGLITE_DIR}`);
} else {
  console.log("e2e: using DATABASE_URL");
}

const cleanUp = async () => {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
};

try {
  await runToEnd(localBin("tsx"), tsxServerArgs("scripts/seed.ts"), { env });
} catch (error) {
  console.error(`e2e: seeding failed: ${error.message}`);
  await cleanUp();
  process.exit(1);
}

startServer(process.execPath, ["scripts/server.mjs", "-p", port], { env, onExit: cleanUp });

/** Folders left by a server that was killed outright (its process is gone). */
function removeAbandonedFolders() {
  for (const name of readdirSync(os.tmpdir())) {
    const owner = name.startsWith(prefix) ? Number(name.slice(prefix.length).split("-")[0]) : NaN;
    if (!Number.isInteger(owner) || owner === process.pid || isAlive(owner)) continue;
    rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
