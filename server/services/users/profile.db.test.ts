import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_FAILURE_LIMIT } from "@/server/services/auth/login-throttle";
import { signInWithPassword } from "@/server/services/auth/sign-in";
import { callerAs, createOrgFixture, FIXTURE_PASSWORD } from "@/server/testing/fixtures";
import { outcomeOf } from "@/server/testing/outcome";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

describe("changing one's password", () => {
  // Issue 15: whoever held a session (a borrowed laptop) could guess the current password here
  // as fast as they liked; sign-in would have slowed them down and locked the account.
  it(
    "counts wrong current passwords as failed sign-ins: slowed, then locked, even for the right one",
    async () => {
      const org = await createOrgFixture(testDb.db, "Guess");
      const frontline = await callerAs(testDb.db, org.frontline);
      const change = (currentPassword: string) => outcomeOf(frontline.users.changePassword({ currentPassword, newPassword: "A-much-better-passphrase-42" }));
      for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
        expect(await change(`Guess-number-${i}`)).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { currentPassword: ["Your current password is not right"] } });
      }
      expect(await change(FIXTURE_PASSWORD)).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "Too many wrong passwords. Wait 15 minutes and try again." });
      // The same account is locked at sign-in too: the counters are shared.
      expect(await signInWithPassword(testDb.db, { email: org.frontline.email, password: FIXTURE_PASSWORD, ip: null })).toEqual({ ok: false, reason: "locked" });
    },
    60_000,
  );
});
