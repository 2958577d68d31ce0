import "server-only";
import { createHash } from "node:crypto";

export type KeyedRow = { id: string; key: string | null; bodyHash: string | null };

export type Decision<T> =
  | { kind: "new"; item: T; id: string; bodyHash: string }
  | { kind: "duplicate"; id: string }
  | { kind: "conflict"; id: string; reason: string };

/** Hash of what was sent, nested objects included, with keys in a fixed order. */
export function bodyHashOf(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    v instanceof Date
      ? v.toISOString()
      : Array.isArray(v)
        ? v.map(canonical)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
          : v;
  return createHash("sha256").update(JSON.stringify(canonical(value))).digest("hex");
}

/** An item whose key is already stored: the same body is a duplicate, another body a conflict. */
export function replayOf(previous: KeyedRow, bodyHash: string): Exclude<Decision<never>, { kind: "new" }> {
  return previous.bodyHash === bodyHash
    ? { kind: "duplicate", id: previous.id }
    : { kind: "conflict", id: previous.id, reason: "This idempotency key was already used with a different body" };
}

/**
 * Decides per item: new, a replay of a key already stored with the same body (duplicate), or a
 * key reused with another body (conflict). Keys repeated within the same request count too.
 */
export function decideByIdempotencyKey<T extends { idempotencyKey?: string | null }>(items: T[], existing: KeyedRow[]): Decision<T>[] {
  const seen = new Map(existing.filter((row) => row.key).map((row) => [row.key!, row]));
  return items.map((item) => {
    const bodyHash = bodyHashOf(item);
    const previous = item.idempotencyKey ? seen.get(item.idempotencyKey) : undefined;
    if (previous) return replayOf(previous, bodyHash);
    const id = crypto.randomUUID();
    if (item.idempotencyKey) seen.set(item.idempotencyKey, { id, key: item.idempotencyKey, bodyHash });
    return { kind: "new", item, id, bodyHash };
  });
}
