import "server-only";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  /** Counts one request for `key`; refuses it when the key's window is already full. */
  take(key: string, now?: number): RateDecision;
  reset(): void;
};

/**
 * A fixed-window counter per key, in this server's memory. Behind several app servers each
 * enforces its own windows, so the effective limit is per server; a shared store (PostgreSQL or
 * Redis) would make it global.
 */
export function createRateLimiter(options: { limit: number; windowSeconds: number }): RateLimiter {
  const windowMs = options.windowSeconds * 1000;
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;

  // Expired windows carry no information; drop them now and then so the map cannot grow for ever.
  const sweep = (now: number) => {
    if (now - lastSweep < windowMs) return;
    lastSweep = now;
    for (const [key, window] of windows) if (now - window.start >= windowMs) windows.delete(key);
  };

  return {
    take(key, now = Date.now()) {
      sweep(now);
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs) {
        windows.set(key, { start: now, count: 1 });
        return { allowed: true };
      }
      if (current.count >= options.limit) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((current.start + windowMs - now) / 1000)) };
      }
      current.count += 1;
      return { allowed: true };
    },
    reset() {
      windows.clear();
    },
  };
}
