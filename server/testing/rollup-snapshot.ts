import { expect } from "vitest";
import {
  feedbackDailyRollups,
  feedbackDailyTotals,
  feedbackSegmentAttributes,
  feedbackSegmentDailyRollups,
  feedbackThemeDailyRollups,
  feedbackThemeMentions,
} from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";

export type RollupSnapshot = Map<string, Record<string, unknown>>;

/** Every figure of the daily rollups (by segment and in total), the theme rollups and the theme mentions of one organisation, keyed by row. */
export async function rollupSnapshot(tenant: TenantDb): Promise<RollupSnapshot> {
  const snapshot: RollupSnapshot = new Map();
  for (const { orgId: _org, id: _id, ...row } of await tenant.select(feedbackDailyRollups)) {
    snapshot.set(`daily|${row.touchPointId}|${row.staffId}|${row.day}|${row.segmentKey}`, row);
  }
  for (const { orgId: _org, id: _id, ...row } of await tenant.select(feedbackDailyTotals)) {
    snapshot.set(`total|${row.touchPointId}|${row.staffId}|${row.day}`, row);
  }
  for (const { orgId: _org, id: _id, ...row } of await tenant.select(feedbackSegmentDailyRollups)) {
    snapshot.set(`value|${row.touchPointId}|${row.attribute}|${row.day}|${row.value}`, row);
  }
  for (const { orgId: _org, ...row } of await tenant.select(feedbackSegmentAttributes)) {
    snapshot.set(`attribute|${row.touchPointId}|${row.name}`, row);
  }
  for (const { orgId: _org, ...row } of await tenant.select(feedbackThemeMentions)) {
    snapshot.set(`mention|${row.feedbackId}|${row.theme}`, row);
  }
  for (const { orgId: _org, id: _id, ...row } of await tenant.select(feedbackThemeDailyRollups)) {
    snapshot.set(`theme|${row.touchPointId}|${row.staffId}|${row.day}|${row.theme}`, row);
  }
  return snapshot;
}

/** The same rows with the same figures (sums of 4-byte reals compared to 6 decimals). */
export function expectSameRollups(actual: RollupSnapshot, expected: RollupSnapshot): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, row] of expected) {
    for (const [figure, value] of Object.entries(row)) {
      const got = actual.get(key)![figure];
      if (typeof value === "number") expect(got, `${key} ${figure}`).toBeCloseTo(value, 6);
      else expect(got, `${key} ${figure}`).toEqual(value);
    }
  }
}
