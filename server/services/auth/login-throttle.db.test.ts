import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, recordAttempt, throttleKeys, throttleState } from "./login-throttle";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

describe("the sign-in throttle", () => {
  // Issue 15: a success reset the address's failures, so a sprayer with one account of its own
  // signed in now and then and went on guessing other accounts' passwords from one address.
  it("keeps an address's failures when one account signs in from it", async () => {
    const address = "198.51.100.77";
    let at = Date.now() - 60_000;
    const next = () => new Date((at += 100));
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT - 1; i++) await recordAttempt(testDb.db, throttleKeys(`victim-${i}@spray.example`, address), false, next());
    await recordAttempt(testDb.db, throttleKeys("own-account@spray.example", address), true, next());
    await recordAttempt(testDb.db, throttleKeys("one-more-victim@spray.example", address), false, next());
    expect((await throttleState(testDb.db, throttleKeys("next-victim@spray.example", address))).locked).toBe(true);
  });

  it("still lets an account's own success clear that account's failures", async () => {
    const keys = throttleKeys("forgetful@spray.example", "203.0.113.5");
    let at = Date.now() - 60_000;
    const next = () => new Date((at += 100));
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) await recordAttempt(testDb.db, keys, false, next());
    await recordAttempt(testDb.db, keys, true, next());
    await recordAttempt(testDb.db, keys, false, next());
    expect(await throttleState(testDb.db, keys)).toMatchObject({ locked: false, failures: 1 });
  });
});
