import "server-only";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { kpis, touchPoints, users } from "@/db/schema";
import { postgresErrorOf, type PostgresError } from "@/server/db/postgres-error";
import { logger } from "@/server/log";
import type { TenantDb } from "@/server/db/tenant-db";
import { ratingRangeIssue } from "@/lib/rating-scale";
import { ratingScalesOf } from "@/server/services/kpis/rating-scales";
import type { IngestResult } from "./ingest";

/** One rejected item of a batch (REST item, CSV row after mapping): where and why. */
export type ItemIssue = { index: number; path: string; reason: string; code: "invalid" | "not_found" | "conflict" };

/** zod issues of one item as "field.path: reason" entries. */
export function issuesOf(index: number, error: { issues: { path: PropertyKey[]; message: string }[] }): ItemIssue[] {
  return error.issues.map((issue) => ({ index, path: issue.path.map(String).join(".") || "(item)", reason: issue.message, code: "invalid" }));
}

export type BatchOutcome = {
  stored: number;
  duplicates: number;
  rejected: ItemIssue[];
  results: ({ index: number } & IngestResult)[];
};

type References = { touchPointId: string; staffId?: string | null; kpiId?: string | null; rating?: number | null };

/** Which of the referenced ids belong to the organisation (a KPI also to its touch point), and whether a rating fits its touch point's scale. */
async function referenceChecker(tenant: TenantDb, refs: References[]) {
  const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const pointIds = unique(refs.map((r) => r.touchPointId));
  const staffIds = unique(refs.map((r) => r.staffId));
  const kpiIds = unique(refs.map((r) => r.kpiId));
  const points = new Set(pointIds.length ? (await tenant.selectFields({ id: touchPoints.id }, touchPoints, inArray(touchPoints.id, pointIds))).map((r) => r.id) : []);
  const staff = new Set(staffIds.length ? (await tenant.selectFields({ id: users.id }, users, inArray(users.id, staffIds))).map((r) => r.id) : []);
  const kpiPoint = new Map(
    kpiIds.length ? (await tenant.selectFields({ id: kpis.id, touchPointId: kpis.touchPointId }, kpis, inArray(kpis.id, kpiIds))).map((r) => [r.id, r.touchPointId]) : [],
  );
  const scales = await ratingScalesOf(tenant, [...points]);
  return (index: number, ref: References): ItemIssue | null => {
    if (!points.has(ref.touchPointId)) return { index, path: "touchPointId", reason: "No such touch point in your organisation", code: "not_found" };
    const outOfScale = ratingRangeIssue(ref.rating, scales.get(ref.touchPointId)!);
    if (outOfScale) return { index, path: "rating", reason: outOfScale, code: "invalid" };
    if (ref.staffId && !staff.has(ref.staffId)) return { index, path: "staffId", reason: "No such staff member in your organisation", code: "not_found" };
    if (ref.kpiId && kpiPoint.get(ref.kpiId) !== ref.touchPointId) {
      return { index, path: "kpiId", reason: "No such KPI at this touch point", code: "not_found" };
    }
    return null;
  };
}

/** Stores items set-based in one call (in a transaction of its own, or a savepoint when `tenant` is inside one); results in item order. */
export type Ingest<T> = (tenant: TenantDb, items: T[]) => Promise<IngestResult[]>;

/**
 * Refusals that belong to one item's data: a data exception (class 22), an integrity constraint
 * (23, such as a staff member removed meanwhile) or a program limit (54, such as an index row too
 * large). Anything else (a lost connection, a deadlock, a timeout) is no item's fault: it fails the
 * request as before.
 */
const refusedItem = (error: PostgresError) => /^(22|23|54)/.test(error.code);

/**
 * Which field a database refusal is about, from the constraint, index or column it names. A row
 * too large for the feedback rollups' key can only be the segment (the key's one text of any size).
 */
function fieldOfRefusal(error: PostgresError): string {
  const names = [error.constraint, error.column, error.message.match(/index "([^"]+)"/)?.[1]].filter(Boolean).join(" ");
  if (/segment|feedback_daily_rollups_key/.test(names)) return "segment";
  if (error.code.startsWith("54") && error.statementTable === "feedback_daily_rollups") return "segment";
  if (/idempotency/.test(names)) return "idempotencyKey";
  if (/staff/.test(names)) return "staffId";
  if (/kpi/.test(names)) return "kpiId";
  if (/touch_point/.test(names)) return "touchPointId";
  if (/customer_ref/.test(names)) return "customerRef";
  if (/comment/.test(names)) return "comment";
  return "(item)";
}

function refusalIssue(index: number, error: PostgresError): ItemIssue {
  const path = fieldOfRefusal(error);
  const where = path === "(item)" ? "One of its values" : path;
  if (error.code === "23503") return { index, path, reason: `${where} refers to something that was removed meanwhile`, code: "not_found" };
  if (error.code.startsWith("54")) {
    const reason = path === "segment" ? "segment is too large to store: send fewer or shorter attributes and values" : `${where} is too large to store`;
    return { index, path, reason, code: "invalid" };
  }
  return { index, path, reason: `${where} cannot be stored as sent`, code: "invalid" };
}

type Indexed<T> = { index: number; item: T };

/**
 * Stores the items set-based (the fast path: one call). When the database refuses that set for
 * something in an item that validation let through, the request must not fail with it (issue
 * 15): in one transaction, the set is halved into savepoints until each refused item stands
 * alone, the rest is stored, and each refused item is reported by index (and field when the
 * refusal names one). Only the code and constraint of a refusal are logged, never the values.
 */
async function ingestIsolating<T>(tenant: TenantDb, accepted: Indexed<T>[], ingest: Ingest<T>) {
  const results: ({ index: number } & IngestResult)[] = [];
  const refused: ItemIssue[] = [];
  const stored = (group: Indexed<T>[], outcomes: IngestResult[]) => outcomes.forEach((outcome, i) => results.push({ index: group[i]!.index, ...outcome }));
  try {
    stored(accepted, await ingest(tenant, accepted.map((a) => a.item)));
    return { results, refused };
  } catch (error) {
    const refusal = postgresErrorOf(error);
    if (!refusal || !refusedItem(refusal)) throw error;
  }

  const split = async (tx: TenantDb, group: Indexed<T>[]): Promise<void> => {
    const half = Math.ceil(group.length / 2);
    for (const part of [group.slice(0, half), group.slice(half)]) {
      if (part.length === 0) continue;
      try {
        stored(part, await tx.transaction((savepoint) => ingest(savepoint, part.map((p) => p.item))));
      } catch (error) {
        const refusal = postgresErrorOf(error);
        if (!refusal || !refusedItem(refusal)) throw error;
        if (part.length > 1) {
          await split(tx, part);
          continue;
        }
        refused.push(refusalIssue(part[0]!.index, refusal));
        logger.warn({ err: error, index: part[0]!.index }, "the database refused one item of a batch; the others are stored");
      }
    }
  };
  await tenant.transaction((tx) => split(tx, accepted));
  results.sort((a, b) => a.index - b.index);
  return { results, refused };
}

/**
 * Validates each item on its own, checks that what it refers to belongs to the organisation,
 * stores the valid ones and reports every other one by index: a batch never loses its valid part,
 * not even to an item that only the database refuses.
 */
export async function processBatch<T extends References>(
  tenant: TenantDb,
  rawItems: unknown[],
  schema: z.ZodType<T>,
  ingest: Ingest<T>,
): Promise<BatchOutcome> {
  const rejected: ItemIssue[] = [];
  const valid: { index: number; item: T }[] = [];
  rawItems.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) valid.push({ index, item: parsed.data });
    else rejected.push(...issuesOf(index, parsed.error));
  });

  const check = await referenceChecker(tenant, valid.map((v) => v.item));
  const accepted = valid.filter(({ index, item }) => {
    const issue = check(index, item);
    if (issue) rejected.push(issue);
    return !issue;
  });

  const { results, refused } = await ingestIsolating(tenant, accepted, ingest);
  rejected.push(...refused);
  for (const result of results) {
    if (result.status === "conflict") rejected.push({ index: result.index, path: "idempotencyKey", reason: result.reason, code: "conflict" });
  }
  rejected.sort((a, b) => a.index - b.index);
  return {
    stored: results.filter((r) => r.status === "stored").length,
    duplicates: results.filter((r) => r.status === "duplicate").length,
    rejected,
    results: results.filter((r) => r.status !== "conflict"),
  };
}
