import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Executor } from "@/db/client";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { hashPassword, passwordWeakness, verifyPassword } from "@/server/services/auth/passwords";
import { bumpSessionVersion } from "@/server/services/auth/session-user";
import { LOCK_WINDOW_MINUTES, recordAttempt, throttleBeforeGuess, throttleKeys } from "@/server/services/auth/login-throttle";
import { NotFoundError, TooManyRequestsError, ValidationError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";

export async function updateProfile(tenant: TenantDb, scope: Scope, input: { name: string }) {
  const [before] = await tenant.selectFields({ name: users.name }, users, eq(users.id, scope.userId));
  if (!before) throw new NotFoundError("Your account");
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.update(users, { name: input.name }, eq(users.id, scope.userId));
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "user.profile_changed",
      entityType: "user",
      entityId: scope.userId,
      before,
      after: { name: input.name },
    });
  });
  return { name: input.name };
}

/**
 * A new password ends every session of the account, this one included. The current password is
 * checked under the sign-in throttle (same account and address counters): someone holding an
 * unlocked session must not be able to guess it here without the slow-down and the lock.
 */
export async function changePassword(
  tenant: TenantDb,
  scope: Scope,
  input: { currentPassword: string; newPassword: string },
  { db, ip }: { db: Executor; ip: string | null },
) {
  const [account] = await tenant.select(users, eq(users.id, scope.userId));
  if (!account) throw new NotFoundError("Your account");
  const keys = throttleKeys(account.email, ip);
  if ((await throttleBeforeGuess(db, keys)) === "locked") {
    throw new TooManyRequestsError(`Too many wrong passwords. Wait ${LOCK_WINDOW_MINUTES} minutes and try again.`, LOCK_WINDOW_MINUTES * 60);
  }
  const right = await verifyPassword(account.passwordHash, input.currentPassword);
  await recordAttempt(db, keys, right);
  if (!right) throw new ValidationError("Your current password is not right", "currentPassword");
  const weakness = passwordWeakness(input.newPassword, [account.email, account.name]);
  if (weakness) throw new ValidationError(weakness, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.update(users, { passwordHash }, eq(users.id, account.id));
    await bumpSessionVersion(tenantTx, account.id);
    await recordAudit(tenantTx, { actorId: scope.userId, action: "user.password_changed", entityType: "user", entityId: account.id });
  });
  return { changed: true };
}
