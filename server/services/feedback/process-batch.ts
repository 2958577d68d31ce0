import "server-only";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { kpis, touchPoints, users } from "@/db/schema";
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

/**
 * Validates each item on its own, checks that what it refers to belongs to the organisation,
 * stores the valid ones and reports every other one by index: a batch never loses its valid part.
 */
export async function processBatch<T extends References>(
  tenant: TenantDb,
  rawItems: unknown[],
  schema: z.ZodType<T>,
  ingest: (items: T[]) => Promise<IngestResult[]>,
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

  const outcomes = await ingest(accepted.map((a) => a.item));
  const results = outcomes.map((outcome, i) => ({ index: accepted[i]!.index, ...outcome }));
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
