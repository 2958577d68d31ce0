import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setAppDatabase } from "@/db/client";
import { createTrpcHandler } from "@/server/api/http";
import { signInWithPassword } from "@/server/services/auth/sign-in";
import type { SessionClaims } from "@/server/services/auth/session-user";
import { callerAs, createOrgFixture, FIXTURE_PASSWORD, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { authOptions } from "./options";

process.env.NEXTAUTH_SECRET ??= "test-secret-for-session-replay-tests";

let testDb: TestDb;
let org: OrgFixture;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  testDb = await createTestDb();
  setAppDatabase(testDb.db);
  handle = createTrpcHandler(() => testDb.db);
});
afterAll(() => testDb.close());
beforeEach(async () => {
  org = await createOrgFixture(testDb.db, "Replay");
});

/** Signs in the way the credentials provider does and returns the cookie the browser would keep. */
async function signInCookie(email: string, password = FIXTURE_PASSWORD): Promise<{ cookie: string; claims: SessionClaims }> {
  const result = await signInWithPassword(testDb.db, { email, password, ip: "203.0.113.7" });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  const token = await encode({ token: { ...result.claims, sub: result.claims.uid }, secret: process.env.NEXTAUTH_SECRET! });
  return { cookie: `next-auth.session-token=${token}`, claims: result.claims };
}

async function whoAmI(cookie: string): Promise<number> {
  const response = await handle(new Request("http://localhost/api/trpc/users.me", { headers: { cookie } }));
  return response.status;
}

describe("an old session cookie replayed", () => {
  it("works before anything changes", async () => {
    const { cookie } = await signInCookie(org.frontline.email);
    expect(await whoAmI(cookie)).toBe(200);
  });

  it("is refused after sign-out", async () => {
    const { cookie, claims } = await signInCookie(org.frontline.email);
    await authOptions.events!.signOut!({ token: { ...claims }, session: null as never });
    expect(await whoAmI(cookie)).toBe(401);
  });

  it("is refused after a password change, for every session of the account", async () => {
    const first = await signInCookie(org.frontline.email);
    const second = await signInCookie(org.frontline.email);
    const response = await handle(
      new Request("http://localhost/api/trpc/users.changePassword", {
        method: "POST",
        headers: { cookie: second.cookie, "content-type": "application/json" },
        body: JSON.stringify({ json: { currentPassword: FIXTURE_PASSWORD, newPassword: "A-much-better-passphrase-42" } }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await whoAmI(first.cookie)).toBe(401);
    expect(await whoAmI(second.cookie)).toBe(401);
    expect((await signInWithPassword(testDb.db, { email: org.frontline.email, password: "A-much-better-passphrase-42", ip: null })).ok).toBe(true);
  });

  it("is refused after a role change", async () => {
    const { cookie } = await signInCookie(org.frontline.email);
    await (await callerAs(testDb.db, org.director)).users.updateRole({ userId: org.frontline.id, role: "team_lead" });
    expect(await whoAmI(cookie)).toBe(401);
  });

  it("is refused after deactivation, and the account cannot sign in again", async () => {
    const { cookie } = await signInCookie(org.frontline.email);
    await (await callerAs(testDb.db, org.director)).users.deactivate({ userId: org.frontline.id });
    expect(await whoAmI(cookie)).toBe(401);
    const again = await signInWithPassword(testDb.db, { email: org.frontline.email, password: FIXTURE_PASSWORD, ip: null });
    expect(again).toEqual({ ok: false, reason: "invalid" });
  });

  it("is refused when forged with another secret", async () => {
    const { claims } = await signInCookie(org.frontline.email);
    const forged = await encode({ token: { ...claims, uid: org.director.id }, secret: "not-our-secret" });
    expect(await whoAmI(`next-auth.session-token=${forged}`)).toBe(401);
  });
});

describe("the session update callback", () => {
  it("keeps the identity from sign-in whatever the client sends", async () => {
    const { claims } = await signInCookie(org.frontline.email);
    const token = { ...claims, sub: claims.uid };
    const updated = await authOptions.callbacks!.jwt!({
      token,
      user: undefined as never,
      account: null,
      trigger: "update",
      session: { uid: org.director.id, orgId: org.orgId, sv: 999, role: "director" },
    });
    expect(updated).toMatchObject({ uid: claims.uid, orgId: claims.orgId, sv: claims.sv });
    expect(updated).not.toHaveProperty("role");
  });
});
