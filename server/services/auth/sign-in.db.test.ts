import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgFixture, FIXTURE_PASSWORD, type OrgFixture } from "@/server/testing/fixtures";
import { captureLogs } from "@/server/testing/log-capture";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { ACCOUNT_FAILURE_LIMIT } from "./login-throttle";
import { signInWithPassword } from "./sign-in";

let testDb: TestDb;
let org: OrgFixture;
let log: ReturnType<typeof captureLogs>;

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Signin");
  log = captureLogs();
});
afterAll(async () => {
  log.stop();
  await testDb.close();
});

const attempt = (email: string, password: string, ip: string | null = "198.51.100.1") =>
  signInWithPassword(testDb.db, { email, password, ip });

describe("sign-in with email and password", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const result = await attempt(org.lead.email.toUpperCase(), FIXTURE_PASSWORD);
    expect(result).toEqual({ ok: true, claims: { uid: org.lead.id, orgId: org.orgId, sv: 1 } });
  });

  it("gives the same answer for an unknown email as for a wrong password", async () => {
    const unknown = await attempt("nobody-here@example.com", FIXTURE_PASSWORD);
    const wrong = await attempt(org.director.email, "Not-the-password-1");
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
  });

  it("logs failures with who, when and organisation but never the password", async () => {
    log.clear();
    await attempt(org.director.email, "Secret-typo-password-9");
    const entry = log.entries().at(-1)!;
    expect(entry).toMatchObject({ level: "warn", event: "sign_in_failed", email: org.director.email, orgId: org.orgId, userId: org.director.id });
    expect(entry.time).toBeTruthy();
    expect(log.text()).not.toContain("Secret-typo-password-9");
    expect(log.text()).not.toMatch(/argon2/);
  });

  it(
    "locks an account after repeated failures, even for the right password, then says so",
    async () => {
      const email = org.frontline.email;
      const results = [];
      for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) results.push(await attempt(email, `Wrong-guess-${i}-x`, `192.0.2.${i}`));
      expect(results.slice(0, ACCOUNT_FAILURE_LIMIT - 1).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
      expect(results.at(-1)).toEqual({ ok: false, reason: "locked" });
      expect(await attempt(email, FIXTURE_PASSWORD, "192.0.2.200")).toEqual({ ok: false, reason: "locked" });
      // Another account is not affected by this one's lock.
      expect((await attempt(org.outsider.email, FIXTURE_PASSWORD)).ok).toBe(true);
    },
    60_000,
  );
});
