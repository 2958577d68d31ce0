import { describe, expect, it } from "vitest";
import { configuredOrigins, isSameOriginRequest } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isSameOriginRequest", () => {
  it("accepts the app's own page however it was reached", () => {
    for (const host of ["localhost:3000", "127.0.0.1:3000", "192.168.1.20:3000", "[::1]:3000"]) {
      expect(isSameOriginRequest(headers({ origin: `http://${host}`, host }), [])).toBe(true);
    }
  });

  it("refuses a page of another site, even one on the same machine", () => {
    expect(isSameOriginRequest(headers({ origin: "https://evil.example", host: "localhost:3000" }), [])).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "http://localhost:3001", host: "localhost:3000" }), [])).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "null", host: "localhost:3000" }), [])).toBe(false);
  });

  it("accepts a proxy's public address named in the configuration, and no other", () => {
    const behindProxy = { host: "app-1.internal:3000" };
    const configured = configuredOrigins({ NEXTAUTH_URL: "https://cx.example.com", APP_ORIGINS: " https://cx.example.org ,http://10.0.0.5:8080" });
    expect(isSameOriginRequest(headers({ ...behindProxy, origin: "https://cx.example.com" }), configured)).toBe(true);
    expect(isSameOriginRequest(headers({ ...behindProxy, origin: "https://cx.example.org" }), configured)).toBe(true);
    expect(isSameOriginRequest(headers({ ...behindProxy, origin: "http://10.0.0.5:8080" }), configured)).toBe(true);
    expect(isSameOriginRequest(headers({ ...behindProxy, origin: "https://cx.example.net" }), configured)).toBe(false);
  });

  it("accepts a request without Origin (not sent by a browser page elsewhere)", () => {
    expect(isSameOriginRequest(headers({ host: "localhost:3000" }), [])).toBe(true);
  });
});
