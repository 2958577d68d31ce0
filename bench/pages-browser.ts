/*
 * The browser half of the page benchmark: signs in as each demo role in real Chromium, opens
 * each of the role's pages after a warm-up, and times how long until the page is usable: its
 * heading on screen and no loading placeholder left (a skeleton, `animate-pulse`, or a
 * `role=status` "Loading…" region). Then it replays each tRPC query the page asked for on its
 * own (one unbatched GET with the same session) and times that too.
 */
import { chromium, type Browser, type Page } from "@playwright/test";
import { DEMO_LOGINS } from "../db/seed/skyward-data";
import type { Role } from "../lib/domain/roles";

export type PageCase = { role: Role; label: string; path: string };
export type Timing = { p50: number; p95: number; runs: number };
export type PageResult = PageCase & { usable: Timing; procedures: { name: string; time: Timing }[] };

const LOADING = "[data-slot=skeleton], .animate-pulse, [role=status][aria-label^='Loading']";

/** Percentile by nearest rank: with 5 runs, p95 is the slowest and p50 the middle one. */
export function timing(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { p50: rank(0.5), p95: rank(0.95), runs: sorted.length };
}

async function signIn(page: Page, baseUrl: string, role: PageCase["role"]) {
  const login = DEMO_LOGINS.find((l) => l.role === role)!;
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(login.email);
  await page.getByLabel("Password").fill(login.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
}

/** Navigates and resolves when the page is usable; returns the milliseconds it took. */
async function openUntilUsable(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url, { waitUntil: "commit" });
  await page.locator("main h1").first().waitFor({ state: "visible", timeout: 60_000 });
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, LOADING, { timeout: 60_000, polling: 10 });
  return performance.now() - started;
}

type Call = { name: string; input: unknown };

/** The tRPC queries a page asked for, split out of their batches. */
function watchQueries(page: Page): Call[] {
  const calls: Call[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.method() !== "GET" || !url.pathname.startsWith("/api/trpc/")) return;
    const names = decodeURIComponent(url.pathname.slice("/api/trpc/".length)).split(",");
    const inputs = JSON.parse(url.searchParams.get("input") ?? "{}") as Record<string, unknown>;
    names.forEach((name, i) => calls.push({ name, input: inputs[String(i)] }));
  });
  return calls;
}

/** A GET, tried again once when the server had closed the kept-alive socket (ECONNRESET). */
export async function getOnce(page: Page, url: string) {
  try {
    return await page.request.get(url);
  } catch (error) {
    if (!String(error).includes("ECONNRESET")) throw error;
    return page.request.get(url);
  }
}

async function timeProcedure(page: Page, baseUrl: string, call: Call, runs: number): Promise<Timing> {
  const url = `${baseUrl}/api/trpc/${call.name}${call.input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(call.input))}`}`;
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const response = await getOnce(page, url);
    await response.body();
    if (!response.ok()) throw new Error(`${call.name} answered ${response.status()}`);
    if (i > 0) samples.push(performance.now() - started); // the first is the warm-up
  }
  return timing(samples);
}

export async function benchPages(baseUrl: string, cases: readonly PageCase[], runs: number, log: (line: string) => void): Promise<PageResult[]> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
  });
  const results: PageResult[] = [];
  try {
    for (const role of [...new Set(cases.map((c) => c.role))]) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await signIn(page, baseUrl, role);
      for (const pageCase of cases.filter((c) => c.role === role)) {
        const url = `${baseUrl}${pageCase.path}`;
        await openUntilUsable(page, url); // warm-up: compiled route, caches, the database's pages
        const samples: number[] = [];
        let calls: Call[] = [];
        for (let i = 0; i < runs; i++) {
          await page.goto("about:blank");
          const watched = watchQueries(page);
          samples.push(await openUntilUsable(page, url));
          calls = watched;
          page.removeAllListeners("request");
        }
        const unique = [...new Map(calls.map((c) => [`${c.name} ${JSON.stringify(c.input)}`, c])).values()];
        const procedures = [];
        for (const call of unique) procedures.push({ name: call.name, time: await timeProcedure(page, baseUrl, call, runs) });
        const result = { ...pageCase, usable: timing(samples), procedures };
        log(`${role.padEnd(9)} ${pageCase.label.padEnd(34)} p50 ${result.usable.p50.toFixed(0).padStart(5)} ms  p95 ${result.usable.p95.toFixed(0).padStart(5)} ms`);
        for (const p of procedures) log(`            ${p.name.padEnd(40)} p50 ${p.time.p50.toFixed(0).padStart(5)} ms  p95 ${p.time.p95.toFixed(0).padStart(5)} ms`);
        results.push(result);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
