import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { emailOutbox, notificationPreferences, notifications, users } from "@/db/schema";
import { EMAIL_BY_DEFAULT, type NotificationKind } from "@/lib/domain/notifications";
import type { TenantTx } from "@/server/db/tenant-db";

export type Notice = {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string;
  /** Where it leads in the app, e.g. /cases/<id>. */
  href?: string | null;
  /** Sends it once per person and subject (e.g. `case-overdue:<id>`): a second notice with the key is dropped. */
  dedupeKey?: string | null;
};

/**
 * Tells people something, in the transaction of the change that caused it: a notification for the
 * bell, and an email in the outbox for those who get this kind by email (their choice, or the
 * kind's default). The outbox is sent, or kept for the outbox page, by the mail sender.
 * Returns the notices actually stored (a repeated dedupe key is not).
 */
export async function notify(tx: TenantTx, notices: Notice[]): Promise<Notice[]> {
  if (notices.length === 0) return [];
  const stored = await tx
    .insert(
      notifications,
      notices.map((n) => ({ userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? "", href: n.href ?? null, dedupeKey: n.dedupeKey ?? null })),
    )
    .onConflictDoNothing()
    .returning({ userId: notifications.userId, kind: notifications.kind, dedupeKey: notifications.dedupeKey, title: notifications.title });
  const fresh = notices.filter((n) => stored.some((s) => s.userId === n.userId && s.kind === n.kind && s.title === n.title && s.dedupeKey === (n.dedupeKey ?? null)));
  if (fresh.length === 0) return [];

  const userIds = [...new Set(fresh.map((n) => n.userId))];
  const people = await tx.selectFields({ id: users.id, email: users.email, active: users.active }, users, inArray(users.id, userIds));
  const choices = await tx.selectFields(
    { userId: notificationPreferences.userId, kind: notificationPreferences.kind, email: notificationPreferences.email },
    notificationPreferences,
    and(inArray(notificationPreferences.userId, userIds), inArray(notificationPreferences.kind, [...new Set(fresh.map((n) => n.kind))]))!,
  );
  const wantsEmail = (n: Notice) => choices.find((c) => c.userId === n.userId && c.kind === n.kind)?.email ?? EMAIL_BY_DEFAULT[n.kind];
  const emails = fresh.flatMap((n) => {
    const person = people.find((p) => p.id === n.userId);
    if (!person?.active || !wantsEmail(n)) return [];
    return [{ userId: n.userId, toAddress: person.email, subject: n.title, text: emailText(n), kind: n.kind }];
  });
  if (emails.length > 0) await tx.insert(emailOutbox, emails);
  return fresh;
}

function emailText(n: Notice): string {
  const base = process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "";
  const link = n.href ? `\n\n${base}${n.href}` : "";
  return `${n.body ?? n.title}${link}\n\n-- \nTouchpoint. Choose which notifications reach you by email on your profile.`;
}

/** The user ids in `ids` that are active (notices to people who left are not sent). */
export async function activePeople(tx: TenantTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.selectFields({ id: users.id }, users, and(inArray(users.id, ids), eq(users.active, true))!);
  return new Set(rows.map((r) => r.id));
}
