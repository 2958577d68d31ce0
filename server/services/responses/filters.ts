import "server-only";
import { endOfDayIn, startOfDayIn } from "@/lib/day-in";
import { arrayContains, eq, gte, ilike, isNotNull, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { feedback } from "@/db/schema";
import { idSchema, optionalText, requiredText } from "@/lib/schemas/common";
import { isoDateSchema } from "@/lib/schemas/kpis";
import { THEME_NAME_MAX } from "@/lib/schemas/themes";
import { FEEDBACK_SOURCES } from "@/lib/domain/feedback";
import { SENTIMENT_LABELS } from "@/lib/domain/sentiment";

/** What a list or an export of responses can be narrowed by; the same for both. */
export const responseFiltersSchema = z.object({
  touchPointId: idSchema("touchPointId").optional(),
  staffId: idSchema("staffId").optional(),
  sentiment: z.enum(SENTIMENT_LABELS).optional(),
  source: z.enum(FEEDBACK_SOURCES).optional(),
  search: optionalText("Search", 200).optional(),
  theme: requiredText("Theme", THEME_NAME_MAX).optional(),
  withComment: z.boolean().optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

export type ResponseFilters = z.infer<typeof responseFiltersSchema> & { page?: number; pageSize?: number };

export const fromNotAfterTo = (filters: { from?: string; to?: string }) => !filters.from || !filters.to || filters.from <= filters.to;
export const FROM_AFTER_TO = { message: "From must not be after To", path: ["to"] };

// A search for "50%" means the characters, not a LIKE pattern.
const likeLiteral = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The conditions of the filters; From and To are days in the organisation's `timeZone`. */
export function filterConditions(filters: ResponseFilters, timeZone = "UTC"): SQL[] {
  const conditions: SQL[] = [];
  if (filters.touchPointId) conditions.push(eq(feedback.touchPointId, filters.touchPointId));
  if (filters.staffId) conditions.push(eq(feedback.staffId, filters.staffId));
  if (filters.sentiment) conditions.push(eq(feedback.sentimentLabel, filters.sentiment));
  if (filters.source) conditions.push(eq(feedback.source, filters.source));
  if (filters.search) conditions.push(ilike(feedback.comment, likeLiteral(filters.search)));
  if (filters.theme) conditions.push(arrayContains(feedback.themes, [filters.theme]));
  if (filters.withComment) conditions.push(isNotNull(feedback.comment));
  if (filters.from) conditions.push(gte(feedback.occurredAt, startOfDayIn(timeZone, filters.from)));
  if (filters.to) conditions.push(lt(feedback.occurredAt, endOfDayIn(timeZone, filters.to)));
  return conditions;
}
