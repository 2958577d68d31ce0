import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

// Issue 15: the policy had no script-src, so an injected script would still have run.
describe("the pages' content security policy", () => {
  it("lets scripts run only with this response's nonce, a new one each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const policy = contentSecurityPolicy({ nonce: "abc123", dev: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(contentSecurityPolicy({ nonce: "abc123", dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("keeps styles' 'unsafe-inline' working (no nonce beside it) and the framing, base and form rules", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", dev: false });
    expect(directive(policy, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
    for (const rule of ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'", "default-src 'self'"]) expect(policy).toContain(rule);
  });
});
