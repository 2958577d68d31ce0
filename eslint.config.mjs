import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

// One no-restricted-imports per file: when two config objects set it, the later replaces the
// earlier, so each object below carries every restriction that applies to its files.
const nextLink = {
  name: "next/link",
  // Viewport prefetching renders signed-in pages nobody asked for (components/ui/link.tsx says why).
  message: 'Use { Link } from "@/components/ui/link": it prefetches on intent, not on sight.',
};
const testSupport = {
  // By alias, or relatively from a sibling of server/testing or bench.
  regex: "^((@/|(\\.\\./)+)(server/testing|bench)|\\.{1,2}/(\\.\\./)*testing)(/|$)",
  message: "Test support (server/testing, bench) stays out of production code.",
};
const serverCode = {
  regex: "^@/(server|db)(/|$)",
  allowTypeImports: true,
  message: "The browser must not load server code: shared schemas and lists live in lib/ (lib/schemas, lib/domain); import only types from server/ and db/.",
};
const restrict = (paths, patterns) => ["error", { paths, patterns }];

const TESTS = ["**/*.test.ts", "**/*.test.tsx", "server/testing/**"];
// Server components that live beside the client ones: they prefetch through server/api.
const SERVER_COMPONENTS = ["components/home/director-home.tsx", "components/home/director/prefetch.ts"];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { drizzle },
    rules: {
      // A raw update or delete without `where` would touch every tenant's rows.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Production code.
    files: ["app/**", "components/**", "lib/**", "server/**", "db/**", "scripts/**", "*.ts", "*.mjs"],
    ignores: TESTS,
    rules: { "no-restricted-imports": restrict([], [testSupport]) },
  },
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/ui/link.tsx", ...TESTS],
    rules: { "no-restricted-imports": restrict([nextLink], [testSupport]) },
  },
  {
    // Code the browser loads: components and lib/ (server components excepted).
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["components/ui/link.tsx", ...SERVER_COMPONENTS, ...TESTS],
    rules: { "no-restricted-imports": restrict([nextLink], [testSupport, serverCode]) },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": restrict([], [testSupport, serverCode]) },
  },
  globalIgnores([".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "db/migrations/**", "next-env.d.ts"]),
]);
