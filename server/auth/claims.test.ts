import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { claimsFromToken, sessionTokenFromCookieHeader } from "./claims";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "unit-test-secret";
});

const claims = { uid: "0b6f3c1e-5a8d-4c3b-9e2f-7a1d2c3b4e5f", orgId: "1c7f4d2e-6b9e-4d4c-8f3a-8b2e3d4c5f60", sv: 3 };

describe("session cookies", () => {
  it("find the token among other cookies, also on https and in chunks", () => {
    expect(sessionTokenFromCookieHeader("theme=dark; next-auth.session-token=abc; x=1")).toBe("abc");
    expect(sessionTokenFromCookieHeader("__Secure-next-auth.session-token=sec")).toBe("sec");
    expect(sessionTokenFromCookieHeader("next-auth.session-token.0=ab; next-auth.session-token.1=cd")).toBe("abcd");
    expect(sessionTokenFromCookieHeader("theme=dark")).toBeNull();
    expect(sessionTokenFromCookieHeader(null)).toBeNull();
  });

  // Issue 15: "Cookie: x=%" (or a session plus "a=%zz"), planted by another app on the host, made every tRPC call answer 500.
  it("survive a malformed cookie beside the session", () => {
    expect(sessionTokenFromCookieHeader("x=%")).toBeNull();
    expect(sessionTokenFromCookieHeader("next-auth.session-token=abc; a=%zz")).toBe("abc");
    expect(sessionTokenFromCookieHeader("a=%E0%A4%A; next-auth.session-token.0=ab; next-auth.session-token.1=cd")).toBe("abcd");
  });

  it("decode only tokens sealed with our secret and carrying a whole identity", async () => {
    expect(await claimsFromToken(await encode({ token: claims, secret: "unit-test-secret" }))).toEqual(claims);
    expect(await claimsFromToken(await encode({ token: claims, secret: "someone-else" }))).toBeNull();
    expect(await claimsFromToken(await encode({ token: { uid: claims.uid } as never, secret: "unit-test-secret" }))).toBeNull();
    expect(await claimsFromToken("garbage")).toBeNull();
  });
});
