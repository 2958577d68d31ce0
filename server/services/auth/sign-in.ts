import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { loginEmails, users } from "@/db/schema";
import { logSecurityEvent } from "@/server/log";
import { tenantDb } from "@/server/db/tenant-db";
import { LOCK_WINDOW_MINUTES, recordAttempt, throttleBeforeGuess, throttleKeys, throttleState } from "./login-throttle";
import { burnVerifyTime, verifyPassword } from "./passwords";
import type { SessionClaims } from "./session-user";

export type SignInResult =
  | { ok: true; claims: SessionClaims }
  | { ok: false; reason: "invalid" | "locked" };

export const SIGN_IN_MESSAGES = {
  invalid: "The email or password is not right, or the account cannot sign in.",
  locked: `Too many failed sign-ins. Wait ${LOCK_WINDOW_MINUTES} minutes and try again.`,
} as const;


/**
 * Email and password sign-in. An unknown email, a wrong password and a deactivated account get
 * the same answer, after the same work; failures slow later answers and then lock the account
 * (or the client address) for a while.
 */
export async function signInWithPassword(
  db: Executor,
  input: { email: string; password: string; ip: string | null },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.ip);
  if ((await throttleBeforeGuess(db, keys)) === "locked") {
    logSecurityEvent({ event: "sign_in_locked", email, ip: input.ip });
    return { ok: false, reason: "locked" };
  }

  const [login] = await db.select().from(loginEmails).where(eq(loginEmails.email, email)).limit(1);
  const [user] = login
    ? await tenantDb(db, login.orgId).select(users, eq(users.id, login.userId)).limit(1)
    : [];

  const passwordOk = user ? await verifyPassword(user.passwordHash, input.password) : (await burnVerifyTime(input.password), false);
  if (user && passwordOk && user.active) {
    await recordAttempt(db, keys, true);
    return { ok: true, claims: { uid: user.id, orgId: user.orgId, sv: user.sessionVersion } };
  }

  await recordAttempt(db, keys, false);
  logSecurityEvent({
    event: "sign_in_failed",
    email,
    ip: input.ip,
    userId: user?.id ?? null,
    orgId: user?.orgId ?? null,
    reason: !user ? "unknown_email" : !passwordOk ? "wrong_password" : "inactive_account",
  });
  const after = await throttleState(db, keys);
  return { ok: false, reason: after.locked ? "locked" : "invalid" };
}
