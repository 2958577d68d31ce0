/** npm run db:migrate: applies the committed migrations to PGlite (.data/pglite, PGLITE_DIR) or DATABASE_URL. */
import { openDatabase } from "@/db/client";
import { applyMigrations } from "@/db/migrate";

const started = Date.now();
const handle = openDatabase();
try {
  await applyMigrations(handle);
  console.log(`Migrations applied (${describeTarget(handle.kind)}) in ${Date.now() - started} ms.`);
} finally {
  await handle.close();
}

function describeTarget(kind: "pglite" | "postgres"): string {
  if (kind === "postgres") return "PostgreSQL from DATABASE_URL";
  return `PGlite in ${process.env.PGLITE_DIR ?? ".data/pglite"}`;
}
