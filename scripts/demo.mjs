// npm run demo: builds the app and seeds the demo organisation side by side, then serves the
// build and prints where to go and how to sign in. Everything it keeps lives in the git-ignored .data/.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { localBin, repoRoot, runToEnd, startServer, tsxServerArgs, waitForHttp } from "./lib/processes.mjs";

const dataDir = path.join(repoRoot, ".data");
const port = process.env.PORT ?? "3000";
if (!/^\d{1,5}$/.test(port)) fail(`PORT must be a port number, not "${port}".`);
const address = `http://localhost:${port}`;

await mkdir(dataDir, { recursive: true });
// .data/ is in .gitignore already; this keeps it out of git even if that line goes.
if (!existsSync(path.join(dataDir, ".gitignore"))) await writeFile(path.join(dataDir, ".gitignore"), "*\n");

const secret = process.env.NEXTAUTH_SECRET || (await keptSecret());
// The build and the seed overlap: the build is mostly the bundler, the seed mostly PGlite's
// migrations and the model, so on two cores together they take little more than the build alone.
// The build skips its own type check (next.config.mjs): `npm run typecheck` and CI do that, and it
// would add some 25 s to the first start. The seed creates the organisation, people, journey,
// targets and model; the survey's responses load in the server's process once it is up
// (db/seed/skyward-loader.ts), with their progress in the app.
const loginsFile = path.join(dataDir, "demo-logins.json");
const build = runToEnd(localBin("next"), ["build"], { env: { ...process.env, TOUCHPOINT_BUILD_SKIP_TYPECHECK: "1" } }).catch((error) =>
  fail(`Building the app failed: ${error.message}`),
);
const seed = runToEnd(localBin("tsx"), tsxServerArgs("scripts/seed.ts", "--logins-json", loginsFile, "--feedback-in-background")).catch((error) =>
  fail(`Seeding the demo organisation failed: ${error.message}`),
);
await Promise.all([build, seed]);
const logins = JSON.parse(await readFile(loginsFile, "utf8"));

const server = startServer(process.execPath, ["scripts/server.mjs", "-p", port], {
  env: { ...process.env, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: address, PORT: port, SKYWARD_LOAD_IN_BACKGROUND: "1" },
});
if (await waitForHttp(`${address}/sign-in`, server)) printBanner();

/** Generated on the first run and kept, so sign-ins survive a restart. */
async function keptSecret() {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) {
    const kept = (await readFile(file, "utf8")).trim();
    if (kept) return kept;
  }
  const fresh = randomBytes(32).toString("base64url");
  await writeFile(file, fresh + "\n", { mode: 0o600 });
  console.log("Generated a NEXTAUTH_SECRET and kept it in .data/auth-secret.");
  return fresh;
}

function printBanner() {
  const label = { director: "Director", team_lead: "Team lead", frontline: "Frontline" };
  const line = "=".repeat(72);
  const rows = logins.map(
    (l) => `  ${(label[l.role] ?? l.role).padEnd(10)} ${l.email.padEnd(28)} password: ${l.password}`,
  );
  console.log(
    [
      "",
      line,
      `  Touchpoint demo (Skyward Airlines) is running at ${address}`,
      "",
      "  Sign in as:",
      ...rows,
      "",
      "  The survey's responses load in the background (the app shows how far it is);",
      "  stopped midway, the next start carries on. Stop it with Ctrl+C.",
      "  Data is kept in .data/ (delete it to start over).",
      line,
      "",
    ].join("\n"),
  );
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
