import fs from "node:fs";
import path from "node:path";

/** Replaces the section under `heading` in docs/benchmarks.md (up to the next "## "), or appends it. */
export function writeSection(heading: string, section: string) {
  const file = path.resolve(process.cwd(), "docs/benchmarks.md");
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  const start = existing.indexOf(heading);
  let next: string;
  if (start === -1) {
    next = existing.trimEnd() + "\n\n" + section;
  } else {
    const after = existing.indexOf("\n## ", start + heading.length);
    next = existing.slice(0, start) + section + (after === -1 ? "" : "\n" + existing.slice(after + 1));
  }
  fs.writeFileSync(file, next);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}
