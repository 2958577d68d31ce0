/*
 * A throwaway PostgreSQL cluster for the benchmarks, started the way .ci/run starts one: initdb as
 * the `postgres` user in a temporary folder, trust authentication, loopback only, a free port.
 * It is stopped and its folder removed when the process exits, also on Ctrl-C.
 *
 *   npx tsx --conditions=react-server bench/throwaway-postgres.ts    start one, print its URL, wait for Ctrl-C
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

export type ThrowawayPostgres = { url: string; version: string; stop: () => void };

export const INSTALL_HINT =
  "PostgreSQL 15 is not installed (no /usr/lib/postgresql/*/bin/initdb). On Debian or Ubuntu: `apt-get install -y postgresql`, " +
  "or point BENCH_DATABASE_URL at a server (a superuser, as the benchmark creates and drops its own database).";

/** The newest /usr/lib/postgresql/<major>/bin with initdb, preferring 15 (what CI runs). */
export function postgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (fs.existsSync(path.join(root, "15/bin/initdb"))) return path.join(root, "15/bin");
  if (!fs.existsSync(root)) return null;
  const majors = fs
    .readdirSync(root)
    .filter((major) => fs.existsSync(path.join(root, major, "bin/initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? path.join(root, majors[0], "bin") : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root: run PostgreSQL's programs as `postgres` when we are root. */
function asPostgres(bin: string, args: string[]) {
  const isRoot = process.getuid?.() === 0;
  return isRoot ? { command: "runuser", args: ["-u", "postgres", "--", bin, ...args] } : { command: bin, args };
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres | null> {
  const bin = postgresBin();
  if (!bin) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "touchpoint-bench-pg-"));
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres:postgres", dir]);
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  const port = await freePort();
  const run = (program: string, args: string[]) => {
    const { command, args: full } = asPostgres(path.join(bin, program), args);
    execFileSync(command, full, { stdio: ["ignore", "ignore", "inherit"] });
  };

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    const { command, args } = asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "stop", "-m", "fast"]);
    spawnSync(command, args, { stdio: "ignore" });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // Exit handlers run synchronously, so stopping uses the synchronous child_process calls.
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }

  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-instructions"]);
    run("pg_ctl", ["-D", data, "-l", log, "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "-w", "start"]);
  } catch (error) {
    if (fs.existsSync(log)) console.error(fs.readFileSync(log, "utf8").split("\n").slice(-20).join("\n"));
    stop();
    throw error;
  }
  const version = execFileSync(path.join(bin, "postgres"), ["--version"], { encoding: "utf8" }).trim();
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, version, stop };
}

async function main() {
  const pg = await startThrowawayPostgres();
  if (!pg) {
    console.log(INSTALL_HINT);
    return;
  }
  console.log(`${pg.version} at ${pg.url}; Ctrl-C stops it and removes its folder.`);
  setInterval(() => {}, 1 << 30);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();

/**
 * Runs a benchmark against BENCH_DATABASE_URL, or else a throwaway cluster it starts and stops;
 * says it is skipped when PostgreSQL is not installed. `work` gets the URL and the server's version.
 */
export async function withBenchPostgres(name: string, work: (url: string, pgVersion: string) => Promise<void>): Promise<void> {
  let url = process.env.BENCH_DATABASE_URL;
  let stop = () => {};
  if (!url) {
    const throwaway = await startThrowawayPostgres();
    if (!throwaway) {
      console.error(`${name} benchmark skipped. ${INSTALL_HINT}`);
      return;
    }
    url = throwaway.url;
    stop = throwaway.stop;
  }
  try {
    const probe = postgres(url, { max: 1, onnotice: () => {} });
    const pgVersion = String((await probe`select version() as v`)[0]!.v).split(" on ")[0]!;
    await probe.end({ timeout: 5 });
    await work(url, pgVersion);
  } finally {
    stop();
  }
}
