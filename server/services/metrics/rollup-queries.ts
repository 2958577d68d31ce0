import "server-only";
import { and, between, eq, inArray, sql, type SQL } from "drizzle-orm";
import { feedbackDailyRollups, feedbackDailyTotals, feedbackSegmentAttributes, feedbackSegmentDailyRollups, feedbackThemeDailyRollups, observationDailyRollups } from "@/db/schema";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { TenantDb, TenantTable } from "@/server/db/tenant-db";
import { addCounts, emptyCounts, type RollupCounts } from "@/server/services/feedback/rollup-delta";

/**
 * Sums of the daily rollups over a period, grouped by a few bounded dimensions (touch point, day,
 * ISO week, calendar month or quarter, staff member, one segment attribute's value, theme, KPI). Every dashboard figure
 * comes from here: cost grows with touch points x days, never with the number of responses.
 * Always through TenantDb, so always one organisation's rows.
 */

/** Days are UTC and inclusive. */
export type Period = { from: string; to: string };

export type SegmentFilter = { attribute: string; value: string };

export type RollupFilter = Period & {
  touchPointIds?: readonly string[];
  /** Only these staff members' rows (responses about nobody in particular are left out). */
  staffIds?: readonly string[];
  /** Only responses whose segment has this attribute with this value. */
  segment?: SegmentFilter;
};

/** The time buckets a trend groups by (lib/trend-grain.ts names them by their first day too). */
export type TimeDimension = "day" | "week" | "month" | "quarter";

export type Dimension = "touchPoint" | TimeDimension | "staff" | "segmentValue";

export type GroupKey = {
  touchPointId?: string;
  /** The day, or the first day of the week (its Monday), month or quarter. */
  day?: string;
  staffId?: string | null;
  /** The value of `segmentAttribute`, null when the response did not give it. */
  segmentValue?: string | null;
};

type Grouping<D extends string> = { by: readonly D[]; segmentAttribute?: string };

const COUNTED = Object.keys(emptyCounts()) as (keyof RollupCounts)[];

/*
 * segment_key is "name=value|name=value" (names in byte order). Padded with "|" on both sides,
 * an attribute is the text after "|name=" up to the next "|". Values holding "|" cannot be told
 * apart from the next attribute; the ingest accepts them, so a cut by such a value is approximate.
 */
type RollupTable = typeof feedbackDailyRollups | typeof feedbackDailyTotals | typeof feedbackSegmentDailyRollups | typeof feedbackThemeDailyRollups | typeof observationDailyRollups;

const padded = (segmentKey: SQL | typeof feedbackDailyRollups.segmentKey) => sql`('|' || ${segmentKey} || '|')`;

export function segmentValueOf(attribute: string): SQL<string | null> {
  const key = padded(feedbackDailyRollups.segmentKey);
  const needle = `|${attribute}=`;
  return sql<string | null>`case when position(${needle} in ${key}) > 0
    then split_part(substr(${key}, position(${needle} in ${key}) + length(${needle})), '|', 1) end`;
}

export function hasSegmentValue(segment: SegmentFilter): SQL {
  return sql`position(${`|${segment.attribute}=${segment.value}|`} in ${padded(feedbackDailyRollups.segmentKey)}) > 0`;
}

function dimensionSql(table: RollupTable, dimension: string, segmentAttribute?: string): SQL {
  switch (dimension) {
    case "touchPoint":
      return sql`${table.touchPointId}`;
    case "day":
      return sql`${table.day}::text`;
    case "week":
    case "month":
    case "quarter":
      // date_trunc of a date gives a timestamp at its bucket's first day; the units are constants.
      return sql`date_trunc(${sql.raw(`'${dimension}'`)}, ${table.day}::timestamp)::date::text`;
    case "staff":
      return sql`${(table as typeof feedbackDailyRollups).staffId}`;
    case "segmentValue":
      if (table === feedbackSegmentDailyRollups) return sql`${feedbackSegmentDailyRollups.value}`;
      if (segmentAttribute === undefined) throw new Error("grouping by segment value needs segmentAttribute");
      return segmentValueOf(segmentAttribute);
    case "theme":
      return sql`${(table as typeof feedbackThemeDailyRollups).theme}`;
    case "kpi":
      return sql`${(table as typeof observationDailyRollups).kpiId}`;
    default:
      throw new Error(`unknown dimension ${dimension}`);
  }
}

const KEY_NAMES: Record<string, string> = { touchPoint: "touchPointId", day: "day", week: "day", month: "day", quarter: "day", staff: "staffId", segmentValue: "segmentValue", theme: "theme", kpi: "kpiId" };

function commonConditions(table: RollupTable, filter: RollupFilter): SQL[] {
  const conditions: SQL[] = [between(table.day, filter.from, filter.to)];
  if (filter.touchPointIds) conditions.push(inArray(table.touchPointId, [...filter.touchPointIds]));
  if (filter.staffIds) conditions.push(inArray((table as typeof feedbackDailyRollups).staffId, [...filter.staffIds]));
  return conditions;
}

const isEmptyFilter = (filter: RollupFilter) => filter.touchPointIds?.length === 0 || filter.staffIds?.length === 0;

async function groupedSums<D extends string, S extends Record<string, SQL>>(
  tenant: TenantDb,
  table: RollupTable,
  sums: S,
  conditions: SQL[],
  grouping: Grouping<D>,
): Promise<(Record<string, string | null> & Record<keyof S, number | null>)[]> {
  const dimensions = grouping.by.map((dimension) => [KEY_NAMES[dimension]!, dimensionSql(table, dimension, grouping.segmentAttribute)] as const);
  const fields = { ...Object.fromEntries(dimensions.map(([name, expression]) => [`k_${name}`, expression])), ...sums };
  const query = tenant.selectFields(fields, table as TenantTable, and(...conditions));
  // By position: an expression with parameters (the segment attribute) is not recognised as the
  // same expression when repeated in GROUP BY with new parameter numbers.
  const rows = (await (dimensions.length ? query.groupBy(...dimensions.map((_, i) => sql.raw(String(i + 1)))) : query)) as Record<string, unknown>[];
  return rows.map((row) => {
    const out: Record<string, string | number | null> = {};
    for (const [name] of dimensions) out[name] = (row[`k_${name}`] as string | null) ?? null;
    for (const name of Object.keys(sums)) out[name] = row[name] === null ? null : Number(row[name]);
    return out as Record<string, string | null> & Record<keyof S, number | null>;
  });
}

export type FeedbackGroup = GroupKey & { counts: RollupCounts };

/**
 * Feedback rollup counts over the period, one entry per group (none for groups without rows).
 * Without a segment it reads the segment-free totals; a cut or filter by one attribute (and no
 * staff member) reads the rollups by attribute value; only the rest (a staff member's figures for
 * a segment, or two attributes at once) reads the rollups by segment combination, whose rows are
 * nearly as many as the responses.
 */
export async function sumFeedbackRollups(tenant: TenantDb, filter: RollupFilter, grouping: Grouping<Dimension>): Promise<FeedbackGroup[]> {
  if (isEmptyFilter(filter)) return [];
  const byValue = grouping.by.includes("segmentValue");
  if (!filter.segment && !byValue) return sumCounts(tenant, feedbackDailyTotals, commonConditions(feedbackDailyTotals, filter), grouping);
  const oneAttribute = !filter.segment || !byValue || grouping.segmentAttribute === filter.segment.attribute;
  if (oneAttribute && !filter.staffIds && !grouping.by.includes("staff")) return sumByAttribute(tenant, filter, grouping);
  const conditions = commonConditions(feedbackDailyRollups, filter);
  if (filter.segment) conditions.push(hasSegmentValue(filter.segment));
  return sumCounts(tenant, feedbackDailyRollups, conditions, grouping);
}

async function sumCounts(
  tenant: TenantDb,
  t: typeof feedbackDailyRollups | typeof feedbackDailyTotals | typeof feedbackSegmentDailyRollups,
  conditions: SQL[],
  grouping: Grouping<Dimension>,
): Promise<FeedbackGroup[]> {
  const sums = Object.fromEntries(COUNTED.map((column) => [column, sql<number>`coalesce(sum(${t[column]}), 0)::float8`]));
  const rows = await groupedSums(tenant, t, sums, conditions, grouping);
  return rows.map((row) => {
    const counts = emptyCounts();
    for (const column of COUNTED) counts[column] = (row[column] as number | null) ?? 0;
    return { ...keyOf(row, grouping.by), counts };
  });
}

/**
 * One attribute's values from the rollups by attribute value. Grouped by value, the responses that
 * do not give the attribute come back as the null value, as the rollups by segment give them:
 * the totals less the values' sum, per group.
 */
async function sumByAttribute(tenant: TenantDb, filter: RollupFilter, grouping: Grouping<Dimension>): Promise<FeedbackGroup[]> {
  const t = feedbackSegmentDailyRollups;
  const attribute = filter.segment?.attribute ?? grouping.segmentAttribute!;
  const conditions = [...commonConditions(t, filter), eq(t.attribute, attribute)];
  if (filter.segment) conditions.push(eq(t.value, filter.segment.value));
  const values = await sumCounts(tenant, t, conditions, grouping);
  if (filter.segment || !grouping.by.includes("segmentValue")) return values;

  const others = grouping.by.filter((dimension) => dimension !== "segmentValue");
  const otherKey = (group: GroupKey) => others.map((dimension) => String(group[KEY_NAMES[dimension] as keyof GroupKey] ?? "")).join("\0");
  const given = new Map<string, RollupCounts>();
  for (const group of values) given.set(otherKey(group), addCounts(given.get(otherKey(group)) ?? emptyCounts(), group.counts));
  const totals = await sumCounts(tenant, feedbackDailyTotals, commonConditions(feedbackDailyTotals, filter), { by: others });
  const missing = totals.flatMap((total) => {
    const counts = emptyCounts();
    const seen = given.get(otherKey(total)) ?? emptyCounts();
    for (const column of COUNTED) counts[column] = total.counts[column] - seen[column];
    return counts.responses > 0 ? [{ ...total, segmentValue: null, counts }] : [];
  });
  return [...values, ...missing];
}

function keyOf(row: Record<string, unknown>, by: readonly string[]): GroupKey & { theme?: string; kpiId?: string | null } {
  const key: Record<string, unknown> = {};
  for (const dimension of by) key[KEY_NAMES[dimension]!] = row[KEY_NAMES[dimension]!];
  return key;
}

export type ObservationSums = { n: number; sum: number; sumSq: number; min: number | null; max: number | null };
export type ObservationGroup = GroupKey & { kpiId?: string | null; sums: ObservationSums };

/** Observation rollup sums over the period (no segment: observations have none). */
export async function sumObservationRollups(
  tenant: TenantDb,
  filter: Omit<RollupFilter, "segment"> & { kpiIds?: readonly string[] },
  grouping: Grouping<"touchPoint" | TimeDimension | "staff" | "kpi">,
): Promise<ObservationGroup[]> {
  if (isEmptyFilter(filter) || filter.kpiIds?.length === 0) return [];
  const t = observationDailyRollups;
  const conditions = commonConditions(t, filter);
  if (filter.kpiIds) conditions.push(inArray(t.kpiId, [...filter.kpiIds]));
  const rows = await groupedSums(
    tenant,
    t,
    {
      n: sql<number>`coalesce(sum(${t.n}), 0)::float8`,
      sum: sql<number>`coalesce(sum(${t.sum}), 0)::float8`,
      sumSq: sql<number>`coalesce(sum(${t.sumSq}), 0)::float8`,
      min: sql<number | null>`min(${t.min})`,
      max: sql<number | null>`max(${t.max})`,
    },
    conditions,
    grouping,
  );
  return rows.map((row) => ({ ...keyOf(row, grouping.by), sums: { n: row.n ?? 0, sum: row.sum ?? 0, sumSq: row.sumSq ?? 0, min: row.min, max: row.max } }));
}

export type ThemeSums = { mentions: number; sentimentN: number; sentimentSum: number; positiveN: number; neutralN: number; negativeN: number };
export type ThemeGroup = GroupKey & { theme?: string; sums: ThemeSums };

/** Theme rollup sums over the period. */
export async function sumThemeRollups(
  tenant: TenantDb,
  filter: Omit<RollupFilter, "segment"> & { themes?: readonly string[] },
  grouping: Grouping<"touchPoint" | TimeDimension | "staff" | "theme">,
): Promise<ThemeGroup[]> {
  if (isEmptyFilter(filter) || filter.themes?.length === 0) return [];
  const t = feedbackThemeDailyRollups;
  const conditions = commonConditions(t, filter);
  if (filter.themes) conditions.push(inArray(t.theme, [...filter.themes]));
  const total = (column: AnyPgColumn) => sql<number>`coalesce(sum(${column}), 0)::float8`;
  const rows = await groupedSums(
    tenant,
    t,
    {
      mentions: total(t.mentions),
      sentimentN: total(t.sentimentN),
      sentimentSum: total(t.sentimentSum),
      positiveN: total(t.positiveN),
      neutralN: total(t.neutralN),
      negativeN: total(t.negativeN),
    },
    conditions,
    grouping,
  );
  return rows.map((row) => ({
    ...keyOf(row, grouping.by),
    sums: {
      mentions: row.mentions ?? 0,
      sentimentN: row.sentimentN ?? 0,
      sentimentSum: row.sentimentSum ?? 0,
      positiveN: row.positiveN ?? 0,
      neutralN: row.neutralN ?? 0,
      negativeN: row.negativeN ?? 0,
    },
  }));
}

/** Attribute names seen in the touch points' feedback segments (at most `limit`, sorted). */
export async function segmentAttributeNames(tenant: TenantDb, touchPointIds: readonly string[] | undefined, limit = 100): Promise<string[]> {
  if (touchPointIds?.length === 0) return [];
  const t = feedbackSegmentAttributes;
  const where = touchPointIds ? inArray(t.touchPointId, [...touchPointIds]) : undefined;
  const rows = await tenant.selectFields({ name: t.name }, t, where).groupBy(t.name).orderBy(t.name).limit(limit);
  return rows.map((row) => row.name);
}
