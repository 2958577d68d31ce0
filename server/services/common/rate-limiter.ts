import "server-only";
import { like, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rateLimitWindows } from "@/db/schema";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  /** Counts one request for `key`; refuses it when the key's window is already full. */
  take(db: Executor, key: string, now?: Date): Promise<RateDecision>;
  /** For tests: forgets this limit's windows. */
  reset(db: Executor): Promise<void>;
};

/** Ended windows are deleted at most this often per limiter and process. */
const PRUNE_EVERY_MS = 60_000;

/**
 * A fixed-window counter per key in `rate_limit_windows`, so that every app process counts
 * against the same windows. A window starts with the key's first request after the previous one
 * ended and lasts `windowSeconds`. Time is the database's (`statement_timestamp()`), not each
 * server's clock; tests may pass `now`.
 */
export function createRateLimiter(options: { name: string; limit: number; windowSeconds: number }): RateLimiter {
  const prefix = `${options.name}:`;
  let lastPrune = 0;

  // Expired windows carry no information; drop them now and then so the table stays small.
  const prune = async (db: Executor, at: ReturnType<typeof sql>) => {
    if (Date.now() - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = Date.now();
    await db.delete(rateLimitWindows).where(lt(rateLimitWindows.windowEnd, at));
  };

  return {
    async take(db, key, now) {
      const at = now ? sql`${now.toISOString()}::timestamptz` : sql`statement_timestamp()`;
      await prune(db, at);
      const end = sql`${at} + (${options.windowSeconds})::int * interval '1 second'`;
      const ended = sql`${rateLimitWindows.windowEnd} <= ${at}`;
      // One statement: concurrent requests of all processes queue on the key's row, none is lost.
      const [row] = await db
        .insert(rateLimitWindows)
        .values({ key: prefix + key, windowStart: at, windowEnd: end, count: 1 })
        .onConflictDoUpdate({
          target: rateLimitWindows.key,
          set: {
            windowStart: sql`case when ${ended} then ${at} else ${rateLimitWindows.windowStart} end`,
            windowEnd: sql`case when ${ended} then ${end} else ${rateLimitWindows.windowEnd} end`,
            count: sql`case when ${ended} then 1 else ${rateLimitWindows.count} + 1 end`,
          },
        })
        .returning({
          count: rateLimitWindows.count,
          secondsLeft: sql<number>`ceil(extract(epoch from ${rateLimitWindows.windowEnd} - ${at}))::int`.mapWith(Number),
        });
      if (row!.count <= options.limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, row!.secondsLeft) };
    },
    async reset(db) {
      await db.delete(rateLimitWindows).where(like(rateLimitWindows.key, `${prefix}%`));
    },
  };
}
