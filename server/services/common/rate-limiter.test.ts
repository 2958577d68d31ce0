import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter";

describe("createRateLimiter", () => {
  it("allows the limit within a window, refuses the next with the seconds left, and starts afresh", () => {
    const limiter = createRateLimiter({ limit: 3, windowSeconds: 60 });
    const start = 1_000_000;
    expect([0, 1, 2].map((i) => limiter.take("a", start + i * 1000).allowed)).toEqual([true, true, true]);
    expect(limiter.take("a", start + 20_500)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    // Another key has its own window.
    expect(limiter.take("b", start + 20_500).allowed).toBe(true);
    expect(limiter.take("a", start + 60_000).allowed).toBe(true);
  });

  it("forgets every window on reset", () => {
    const limiter = createRateLimiter({ limit: 1, windowSeconds: 60 });
    expect(limiter.take("a", 0).allowed).toBe(true);
    expect(limiter.take("a", 1).allowed).toBe(false);
    limiter.reset();
    expect(limiter.take("a", 2).allowed).toBe(true);
  });
});
