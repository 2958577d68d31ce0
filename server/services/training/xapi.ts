import "server-only";
import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { xapiStatements } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { actorKey, applyStatements, type StoredStatement } from "./xapi-match";
import { statementSchema, type XapiStatement } from "./xapi-schema";

/** Statements in one request at most: a batch is applied in one transaction. */
export const MAX_STATEMENTS = 1000;

export type XapiIssue = { index: number; path: string; reason: string };

export type XapiOutcome =
  | { ok: true; ids: string[]; stored: number; applied: number }
  | { ok: false; status: 400 | 409; message: string; issues: XapiIssue[] };

class StatementConflict extends Error {
  constructor(readonly index: number, readonly id: string) {
    super(`Statement ${index} (id ${id}) was received before with different content`);
  }
}

const pathOf = (path: PropertyKey[]) => path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("").replace(/^\./, "");

/** Validates one statement or an array of them; the whole batch is refused when any is invalid. */
export function validateStatements(body: unknown): { ok: true; statements: XapiStatement[] } | { ok: false; message: string; issues: XapiIssue[] } {
  const list = Array.isArray(body) ? body : [body];
  if (list.length === 0) return { ok: false, message: "Send one statement or a non-empty array of statements", issues: [] };
  if (list.length > MAX_STATEMENTS) return { ok: false, message: `Send at most ${MAX_STATEMENTS} statements per request`, issues: [] };
  const issues: XapiIssue[] = [];
  const statements: XapiStatement[] = [];
  const firstIndexOf = new Map<string, number>();
  list.forEach((item, index) => {
    const unstorable = unstorableTextPath(item);
    if (unstorable !== null) {
      issues.push({ index, path: unstorable || "(statement)", reason: "contains a NUL character or a lone surrogate, which no statement may carry" });
      return;
    }
    const parsed = statementSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ index, path: pathOf(issue.path) || "(statement)", reason: issue.message });
      return;
    }
    statements.push(parsed.data);
    const id = parsed.data.id?.toLowerCase();
    if (!id) return;
    const first = firstIndexOf.get(id);
    if (first === undefined) firstIndexOf.set(id, index);
    else issues.push({ index, path: "id", reason: `The id ${parsed.data.id} is used by statement ${first} too; ids must be unique in a batch` });
  });
  if (issues.length) {
    const first = issues[0]!;
    return { ok: false, message: `Statement ${first.index}: ${first.path}: ${first.reason}. Nothing was stored.`, issues };
  }
  return { ok: true, statements };
}

/**
 * The path of the first string (value or key) holding NUL or a lone UTF-16 surrogate, or null:
 * PostgreSQL's jsonb refuses both, so such a statement is invalid input (400), not a server error.
 */
function unstorableTextPath(value: unknown, path: PropertyKey[] = []): string | null {
  const bad = (text: string) => text.includes("\u0000") || /\p{Cs}/u.test(text);
  if (typeof value === "string") return bad(value) ? pathOf(path) : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unstorableTextPath(item, [...path, i]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (bad(key)) return pathOf([...path, key]);
      const found = unstorableTextPath(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * The parts of a statement that must match for a replay to be "the same statement": what the
 * specification lets an LRS change or ignore (2.3.1: id, authority, stored, version, verb display,
 * activity definitions, timestamp serialisation) is left out or normalised.
 */
function comparable(statement: Record<string, unknown>): string {
  const { authority: _authority, stored: _stored, version: _version, id: _id, ...rest } = statement;
  const copy = structuredClone(rest) as Record<string, unknown> & { verb?: { display?: unknown }; object?: { definition?: unknown; objectType?: string } };
  if (copy.verb) delete copy.verb.display;
  if (copy.object) {
    delete copy.object.definition;
    if (copy.object.objectType === "Activity") delete copy.object.objectType;
  }
  if (typeof copy.timestamp === "string") copy.timestamp = new Date(copy.timestamp).toISOString();
  return canonical(copy);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

const objectIdOf = (statement: XapiStatement): string => {
  const object = statement.object as { objectType?: string; id?: string } & Parameters<typeof actorKey>[0];
  if (object.objectType === "Agent" || object.objectType === "Group") return actorKey(object);
  return object.id ?? "";
};

/**
 * Stores valid statements whole, once per statement id, in one transaction: a replay with the same
 * content stores nothing and answers the same ids; the same id with other content is a conflict
 * and nothing of the request is stored. completed/passed/failed statements whose person and course
 * match become training records; the others wait for a director (see xapi-waiting.ts).
 */
export async function receiveStatements(tenant: TenantDb, apiKeyId: string | null, body: unknown): Promise<XapiOutcome> {
  const valid = validateStatements(body);
  if (!valid.ok) return { ok: false, status: 400, message: valid.message, issues: valid.issues };
  const statements = valid.statements.map((s) => ({ ...s, id: (s.id ?? randomUUID()).toLowerCase() }));
  try {
    return await tenant.transaction(async (tx) => {
      const ids = statements.map((s) => s.id);
      const existing = new Map(
        (await tx.selectFields({ id: xapiStatements.id, statement: xapiStatements.statement }, xapiStatements, inArray(xapiStatements.id, ids))).map((row) => [row.id, row.statement]),
      );
      statements.forEach((s, index) => {
        const before = existing.get(s.id);
        if (before !== undefined && comparable(before as Record<string, unknown>) !== comparable(s)) throw new StatementConflict(index, s.id);
      });
      const fresh = statements.filter((s) => !existing.has(s.id));
      if (fresh.length === 0) return { ok: true as const, ids, stored: 0, applied: 0 };
      const storedAt = new Date();
      const rows: StoredStatement[] = fresh.map((s) => ({
        id: s.id,
        verb: s.verb.id,
        actor: actorKey(s.actor),
        objectId: objectIdOf(s),
        statement: s,
        storedAt,
        isAgent: (s.actor as { objectType?: string }).objectType !== "Group",
      }));
      const inserted = await tx
        .insert(
          xapiStatements,
          rows.map((row) => ({ id: row.id, statement: row.statement, verb: row.verb, actor: row.actor, objectId: row.objectId, state: "waiting_for_course" as const, apiKeyId, storedAt })),
        )
        .onConflictDoNothing()
        .returning({ id: xapiStatements.id });
      const insertedIds = new Set(inserted.map((row) => row.id));
      if (insertedIds.size !== rows.length) {
        // Another request stored one of these ids between our read and our insert: compare with it.
        const raced = await tx.selectFields({ id: xapiStatements.id, statement: xapiStatements.statement }, xapiStatements, inArray(xapiStatements.id, rows.filter((r) => !insertedIds.has(r.id)).map((r) => r.id)));
        for (const row of raced) {
          const index = ids.indexOf(row.id);
          if (comparable(row.statement as Record<string, unknown>) !== comparable(statements[index]!)) throw new StatementConflict(index, row.id);
        }
      }
      const { applied } = await applyStatements(tx, rows.filter((row) => insertedIds.has(row.id)));
      return { ok: true as const, ids, stored: insertedIds.size, applied };
    });
  } catch (error) {
    if (error instanceof StatementConflict) {
      return { ok: false, status: 409, message: `${error.message}. Nothing was stored.`, issues: [{ index: error.index, path: "id", reason: "An earlier statement with this id has different content" }] };
    }
    throw error;
  }
}
