/**
 * A fixed-window request counter per API key, in this server's memory. Behind several app
 * servers each enforces its own window, so the effective limit is per server; a shared store
 * (PostgreSQL or Redis) would make it global. See docs/api.md.
 */
export const RATE_LIMIT = { requests: 120, windowSeconds: 60 };

const windows = new Map<string, { start: number; count: number }>();

export function takeRequest(keyId: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  const windowMs = RATE_LIMIT.windowSeconds * 1000;
  const current = windows.get(keyId);
  if (!current || now - current.start >= windowMs) {
    windows.set(keyId, { start: now, count: 1 });
    return { allowed: true };
  }
  if (current.count >= RATE_LIMIT.requests) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((current.start + windowMs - now) / 1000)) };
  }
  current.count += 1;
  return { allowed: true };
}

export function resetRateLimits() {
  windows.clear();
}
