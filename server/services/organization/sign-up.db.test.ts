import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAttempts, organizations } from "@/db/schema";
import { ADDRESS_FAILURE_LIMIT } from "@/server/services/auth/login-throttle";
import { signInWithPassword } from "@/server/services/auth/sign-in";
import { callerAs, createOrgFixture, FIXTURE_PASSWORD, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { SIGN_UP_REFUSED, signUp } from "./sign-up";

let testDb: TestDb;
let victim: OrgFixture;
beforeAll(async () => {
  testDb = await createTestDb();
  victim = await createOrgFixture(testDb.db, "Victim");
});
afterAll(() => testDb.close());

const form = (email: string, orgName = "Probe Ltd") => ({
  orgName,
  name: "Pat Prober",
  email,
  password: "Quiet-meadow-lantern-5",
  timeZone: "UTC",
  themePreset: "generic" as const,
});

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof TRPCError ? { code: error.code, message: error.message } : { code: String(error), message: "" }),
  );

describe("sign-up", () => {
  // Issue 15: signing up with an email of another organisation answered "An account with this
  // email already exists. Sign in instead.": anyone could learn which emails have accounts.
  it("does not say that an email belongs to another organisation", async () => {
    const anonymous = await callerAs(testDb.db, null, { ip: "198.51.100.10" });
    const taken = await failureOf(anonymous.auth.signUp(form(victim.lead.email, "Probe One")));
    expect(taken).toEqual({ code: "CONFLICT", message: SIGN_UP_REFUSED });
    expect(taken!.message).not.toMatch(/exist/i);

    // Two sign-ups racing for a new email: the loser gets the very same answer.
    const raced = await Promise.all([anonymous.auth.signUp(form("race@example.com", "Race A")), anonymous.auth.signUp(form("race@example.com", "Race B"))].map(failureOf));
    expect(raced.filter((r) => r === null)).toHaveLength(1);
    expect(raced.find((r) => r !== null)).toEqual({ code: "CONFLICT", message: SIGN_UP_REFUSED });

    // The refusal made nothing and lets the prober into nothing.
    expect(await testDb.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, "Probe One"))).toEqual([]);
    expect((await signInWithPassword(testDb.db, { email: victim.lead.email, password: "Quiet-meadow-lantern-5", ip: null })).ok).toBe(false);
  });

  it("counts a refused sign-up as a failure of the address, so probing many emails is locked out", async () => {
    const ip = "198.51.100.20";
    const anonymous = await callerAs(testDb.db, null, { ip });
    // As if the address had probed ADDRESS_FAILURE_LIMIT - 1 emails already.
    await testDb.db.insert(loginAttempts).values(Array.from({ length: ADDRESS_FAILURE_LIMIT - 1 }, () => ({ key: `address:${ip}`, succeeded: false })));
    expect(await failureOf(anonymous.auth.signUp(form(victim.director.email)))).toMatchObject({ code: "CONFLICT" });
    expect(await failureOf(anonymous.auth.signUp(form("fresh@example.com")))).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    // The victim's own account is not locked by a stranger's sign-ups.
    expect((await signInWithPassword(testDb.db, { email: victim.director.email, password: FIXTURE_PASSWORD, ip: null })).ok).toBe(true);
    // Another address signs up as before.
    expect(await signUp(testDb.db, form("fresh@example.com"), { ip: "198.51.100.21" })).toMatchObject({ email: "fresh@example.com" });
  });
});
