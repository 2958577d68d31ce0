import "server-only";
import type { Executor } from "@/db/client";
import { createRateLimiter, type RateDecision } from "@/server/services/common/rate-limiter";

/** Requests per API key, counted in the database for all app servers (see docs/api.md). */
export const RATE_LIMIT = { requests: 120, windowSeconds: 60 };

const limiter = createRateLimiter({ name: "api-key", limit: RATE_LIMIT.requests, windowSeconds: RATE_LIMIT.windowSeconds });

export function takeRequest(db: Executor, key: { orgId: string; apiKeyId: string }, now?: Date): Promise<RateDecision> {
  return limiter.take(db, `${key.orgId}:${key.apiKeyId}`, now);
}

/** For tests: every key starts with an empty window. */
export function resetRateLimits(db: Executor): Promise<void> {
  return limiter.reset(db);
}
