import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimitWindows } from "@/db/schema";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { createRateLimiter } from "./rate-limiter";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const options = { limit: 3, windowSeconds: 60 };
const t0 = new Date("2026-11-20T10:00:00Z");
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("the rate limiter in the database", () => {
  it("allows the limit in a window, then refuses with the seconds left until the window ends", async () => {
    const limiter = createRateLimiter({ name: "t-basic", ...options });
    for (let i = 0; i < 3; i++) expect(await limiter.take(testDb.db, "k", later(i))).toEqual({ allowed: true });
    expect(await limiter.take(testDb.db, "k", later(15))).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(await limiter.take(testDb.db, "k", later(59.5))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Another key has its own window.
    expect(await limiter.take(testDb.db, "other", later(20))).toEqual({ allowed: true });
    // The window ends 60 s after its first request; the next request starts a new one.
    expect(await limiter.take(testDb.db, "k", later(60))).toEqual({ allowed: true });
  });

  // Issue 15: each app process counted on its own, so behind N servers the limit was N times higher.
  it("counts one window for two limiters over one database, as two app processes would", async () => {
    const first = createRateLimiter({ name: "t-shared", ...options });
    const second = createRateLimiter({ name: "t-shared", ...options });
    const decisions = [];
    for (let i = 0; i < 6; i++) decisions.push(await (i % 2 ? second : first).take(testDb.db, "key-1", later(i)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(options.limit);
    expect(decisions.slice(3).every((d) => !d.allowed)).toBe(true);
  });

  it("lets no more than the limit through when requests arrive at once", async () => {
    const limiters = [createRateLimiter({ name: "t-race", ...options }), createRateLimiter({ name: "t-race", ...options })];
    const decisions = await Promise.all(Array.from({ length: 12 }, (_, i) => limiters[i % 2]!.take(testDb.db, "burst")));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(options.limit);
    const refused = decisions.find((d) => !d.allowed);
    expect(refused && !refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("deletes windows that ended, and a reset deletes only its own limit's", async () => {
    const old = createRateLimiter({ name: "t-prune", ...options });
    await old.take(testDb.db, "stale", t0);
    const other = createRateLimiter({ name: "t-keep", ...options });
    await other.take(testDb.db, "kept", later(3600));
    // A fresh limiter prunes on its first request: the window of an hour ago is gone.
    await createRateLimiter({ name: "t-prune", ...options }).take(testDb.db, "fresh", later(3600));
    const keys = async (prefix: string) =>
      (await testDb.db.select({ key: rateLimitWindows.key }).from(rateLimitWindows).where(like(rateLimitWindows.key, `${prefix}%`))).map((r) => r.key);
    expect(await keys("t-prune:")).toEqual(["t-prune:fresh"]);
    await old.reset(testDb.db);
    expect(await keys("t-prune:")).toEqual([]);
    expect(await keys("t-keep:")).toEqual(["t-keep:kept"]);
    const [kept] = await testDb.db.select().from(rateLimitWindows).where(eq(rateLimitWindows.key, "t-keep:kept"));
    expect(kept!.windowEnd.getTime() - kept!.windowStart.getTime()).toBe(60_000);
  });
});
