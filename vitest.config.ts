import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);
const ignored = ["**/node_modules/**", "**/.next/**", "e2e/**", "**/.data/**"];

export default defineConfig({
  resolve: {
    alias: [
      // Outside a react-server bundle `server-only` throws on import; tests run server modules
      // directly, as the server does, so it resolves to its empty module here.
      { find: /^server-only$/, replacement: path.join(root, "node_modules/server-only/empty.js") },
      { find: "@", replacement: root },
    ],
  },
  test: {
    environment: "node",
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["**/*.test.ts"],
          exclude: [...ignored, "**/*.db.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          sequence: { groupOrder: 1 },
          include: ["**/*.db.test.ts"],
          exclude: ignored,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ["server/testing/pglite-snapshot.ts"],
          // Each file migrates its own database; a few at a time keeps PGlite's memory and the
          // CI server's connections in check.
          maxWorkers: 2,
        },
      },
    ],
  },
});
