import "server-only";
import { createRateLimiter, type RateDecision } from "@/server/services/common/rate-limiter";

/** Requests per API key; in this server's memory (see createRateLimiter and docs/api.md). */
export const RATE_LIMIT = { requests: 120, windowSeconds: 60 };

const limiter = createRateLimiter({ limit: RATE_LIMIT.requests, windowSeconds: RATE_LIMIT.windowSeconds });

export function takeRequest(keyId: string, now = Date.now()): RateDecision {
  return limiter.take(keyId, now);
}

export function resetRateLimits() {
  limiter.reset();
}
