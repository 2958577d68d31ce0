// Runs before `npm run dev` and `npm start`: applies the migrations (PGlite in .data/pglite unless
// DATABASE_URL is set), so the app never starts on an out-of-date schema. It does not seed; see
// `npm run db:seed` or `npm run demo`.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { localBin, repoRoot, runToEnd, tsxServerArgs } from "./lib/processes.mjs";

if (!process.env.NEXTAUTH_SECRET) {
  const production = process.env.npm_lifecycle_event === "start";
  console.warn(
    `Warning: NEXTAUTH_SECRET is not set, so signing in will fail${production ? "" : " in this dev server"}. ` +
      "Set it (for example `export NEXTAUTH_SECRET=$(openssl rand -base64 32)`), or use `npm run demo`, which makes one.",
  );
}

if (!process.env.DATABASE_URL && !process.env.PGLITE_DIR) await mkdir(path.join(repoRoot, ".data"), { recursive: true });

try {
  await runToEnd(localBin("tsx"), tsxServerArgs("scripts/migrate.ts"));
} catch (error) {
  console.error(`Applying the database migrations failed: ${error.message}`);
  process.exit(1);
}
