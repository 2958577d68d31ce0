import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The folders under `root` that hold a route.ts, as paths relative to it ("feedback/batch"),
 * leaving out the top-level folders named in `skip`: what an authorization table must list.
 */
export function routeFolders(root: string, skip: ReadonlySet<string> = new Set()): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (dir === root && skip.has(name)) return [];
      if (statSync(full).isDirectory()) return walk(full);
      return name === "route.ts" ? [path.relative(root, dir).split(path.sep).join("/")] : [];
    });
  return walk(root);
}
