#!/usr/bin/env node
/**
 * Adds lock-file entries for the other platforms' native builds (macOS, Windows, musl, ARM...)
 * that the npm registry mirror of our build machines does not serve. npm 11 leaves them out of
 * package-lock.json when it cannot read them, and `npm ci` then refuses the lock as out of sync
 * (npm/cli#4828). Each entry carries the os/cpu/libc its name implies, so npm skips it on every
 * machine it does not fit and never downloads it. Run after any `npm install` that changes the
 * lock: `node scripts/lock-foreign-platforms.mjs`.
 */
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const packages = lock.packages;

const OS_NAMES = ["android", "darwin", "freebsd", "openbsd", "netbsd", "sunos", "aix", "win32", "linux", "openharmony"];
const CPU_NAMES = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "wasm32"];

/** The platform an optional native package is for, from its name (`@scope/tool-darwin-arm64`). */
export function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((part) => OS_NAMES.includes(part));
  const cpu = parts.find((part) => CPU_NAMES.includes(part)) ?? (parts.includes("wasi") ? "wasm32" : undefined);
  if (!os && cpu !== "wasm32") return null;
  const libc = os === "linux" ? (parts.some((p) => p.startsWith("musl")) ? "musl" : "glibc") : undefined;
  return { os: os ? [os] : undefined, cpu: cpu ? [cpu] : undefined, libc: libc ? [libc] : undefined };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `${path ? path + "/" : ""}node_modules/${name}`;
    if (packages[key] || packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    const version = /^\d+\.\d+\.\d+/.test(range) ? range : range.replace(/^[\^~>=]+/, "");
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) {
      console.warn(`left out ${name}@${range}: cannot tell its platform or version`);
      continue;
    }
    // Fields in the order npm itself writes them, so a later `npm install` leaves them as they are.
    packages[`node_modules/${name}`] = {
      version,
      ...(platform.cpu ? { cpu: platform.cpu } : {}),
      ...(entry.dev ? { dev: true } : {}),
      ...(platform.libc ? { libc: platform.libc } : {}),
      optional: true,
      ...(platform.os ? { os: platform.os } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`package-lock.json: added ${added} entries for other platforms' native builds`);
