// Child-process helpers shared by demo.mjs, prepare-db.mjs and e2e-server.mjs.
import { spawn } from "node:child_process";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "..", "..");

/** A tool from the project's own node_modules/.bin, never a global one. */
export const localBin = (name) => path.join(repoRoot, "node_modules", ".bin", name);

/**
 * tsx with the react-server condition: the server modules it runs import `server-only`, which
 * throws unless resolved under that condition (as Next resolves it for server code).
 */
export const tsxServerArgs = (script, ...args) => ["--conditions=react-server", script, ...args];

const forwarded = ["SIGINT", "SIGTERM"];

/** Passes SIGINT/SIGTERM on to `child` while it runs; returns a function that stops doing so. */
function forwardSignals(child) {
  const handlers = forwarded.map((signal) => {
    const handler = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    process.on(signal, handler);
    return [signal, handler];
  });
  return () => handlers.forEach(([signal, handler]) => process.off(signal, handler));
}

/** Runs a command to its end (output streamed); rejects unless it exits with 0. */
export function runToEnd(command, args, { env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: "inherit" });
    const stopForwarding = forwardSignals(child);
    child.on("error", (error) => {
      stopForwarding();
      reject(error);
    });
    child.on("exit", (code, signal) => {
      stopForwarding();
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(" ")} ${signal ? `was stopped by ${signal}` : `exited with ${code}`}`));
    });
  });
}

/**
 * Starts a long-running server with signals forwarded. `onExit(code)` runs when it ends, and this
 * process then exits with the server's code (128 + signal number when it was killed).
 */
export function startServer(command, args, { env = process.env, onExit = async () => {} } = {}) {
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: "inherit" });
  forwardSignals(child);
  const finish = async (code) => {
    try {
      await onExit(code);
    } finally {
      process.exit(code);
    }
  };
  child.on("error", (error) => {
    console.error(`Could not start ${path.basename(command)}: ${error.message}`);
    void finish(1);
  });
  child.on("exit", (code, signal) => {
    void finish(code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1));
  });
  return child;
}

/** Resolves true once `url` answers at all (any status), false if the child ends or time runs out. */
export async function waitForHttp(url, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return false;
}
