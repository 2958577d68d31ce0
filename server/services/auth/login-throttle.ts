import "server-only";
import { and, count, desc, eq, gt, lt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { loginAttempts } from "@/db/schema";

/** Failures in this window count towards a lock-out. */
export const LOCK_WINDOW_MINUTES = 15;
/** Failures for one account within the window that lock it. */
export const ACCOUNT_FAILURE_LIMIT = 10;
/** Failures from one client address; higher, because offices and NATs share an address. */
export const ADDRESS_FAILURE_LIMIT = 30;
/** From this many failures on, each answer is delayed a little more. */
const SLOW_DOWN_AFTER = 3;

export type ThrottleKeys = { account: string; address: string | null };

export function throttleKeys(email: string, ip: string | null): ThrottleKeys {
  return { account: `account:${email.trim().toLowerCase()}`, address: ip ? `address:${ip}` : null };
}

async function lastSuccessSince(db: Executor, key: string, windowStart: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.succeeded, true), gt(loginAttempts.at, windowStart)))
    .orderBy(desc(loginAttempts.at))
    .limit(1);
  return row?.at ?? null;
}

/**
 * Failures of a key within the window. An account's own success clears its failures (the person
 * got their password right); an address's never does, or a sprayer holding one account of its
 * own would sign in now and then and guess on at other accounts from the same address.
 */
async function recentFailures(db: Executor, key: string, now: Date, { clearedBySuccess }: { clearedBySuccess: boolean }): Promise<number> {
  const windowStart = new Date(now.getTime() - LOCK_WINDOW_MINUTES * 60_000);
  const lastSuccess = clearedBySuccess ? await lastSuccessSince(db, key, windowStart) : null;
  const since = lastSuccess ?? windowStart;
  const [row] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return row?.failures ?? 0;
}

export type ThrottleState = { locked: boolean; delayMs: number; failures: number };

export async function throttleState(db: Executor, keys: ThrottleKeys, now = new Date()): Promise<ThrottleState> {
  const accountFailures = await recentFailures(db, keys.account, now, { clearedBySuccess: true });
  const addressFailures = keys.address ? await recentFailures(db, keys.address, now, { clearedBySuccess: false }) : 0;
  const locked = accountFailures >= ACCOUNT_FAILURE_LIMIT || addressFailures >= ADDRESS_FAILURE_LIMIT;
  const failures = Math.max(accountFailures, addressFailures);
  const delayMs = failures >= SLOW_DOWN_AFTER ? Math.min(250 * (failures - SLOW_DOWN_AFTER + 1), 2000) : 0;
  return { locked, delayMs, failures: accountFailures };
}

export async function recordAttempt(db: Executor, keys: ThrottleKeys, succeeded: boolean, now = new Date()) {
  const rows = [{ key: keys.account, succeeded, at: now }];
  if (keys.address) rows.push({ key: keys.address, succeeded, at: now });
  await db.insert(loginAttempts).values(rows);
  // Old attempts carry no information; trim them now and then rather than on every sign-in.
  if (Math.random() < 0.02) {
    await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - 86_400_000)));
  }
}

/**
 * Whether a client address is locked, for the steps that create accounts (sign-up): a refused
 * one counts as a failed sign-in from its address (recordAddressFailure), so that probing which
 * emails have accounts runs into the same lock as guessing passwords.
 */
export async function addressLocked(db: Executor, ip: string | null, now = new Date()): Promise<boolean> {
  if (!ip) return false;
  const { address } = throttleKeys("", ip);
  return (await recentFailures(db, address!, now, { clearedBySuccess: false })) >= ADDRESS_FAILURE_LIMIT;
}

/** One failure against a client address only: never against the account, which a stranger could otherwise lock. */
export async function recordAddressFailure(db: Executor, ip: string | null, now = new Date()) {
  if (!ip) return;
  await db.insert(loginAttempts).values({ key: throttleKeys("", ip).address!, succeeded: false, at: now });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Before a password is checked: "locked" while the lock lasts, else after the slow-down that recent failures earned. */
export async function throttleBeforeGuess(db: Executor, keys: ThrottleKeys): Promise<"locked" | "go"> {
  const state = await throttleState(db, keys);
  if (state.locked) return "locked";
  if (state.delayMs > 0) await sleep(state.delayMs);
  return "go";
}
