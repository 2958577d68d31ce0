import { and, arrayContains, desc, eq, gte, inArray, lt } from "drizzle-orm";
import { feedback, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { visibleFeedback } from "@/server/services/responses/visibility";
import { sumThemeRollups, type Period, type RollupFilter } from "@/server/services/metrics/rollup-queries";
import type { Scope } from "@/server/services/scope";
import { pointOrThrow } from "./context";
import { addDays, buckets } from "./period";

/** Themes shown (the most mentioned) and example comments per theme. */
export const THEMES_MAX = 20;
export const EXAMPLES_PER_THEME = 3;

/**
 * Per theme: mentions per ISO week and the share of its labelled mentions that are negative, from
 * the theme rollups; and the newest comments mentioning it (raw feedback, a few rows per theme).
 * A team lead sees the touch points their teams own, frontline staff what was said about them;
 * frontline staff never get a customer reference.
 */
export async function themeTrends(tenant: TenantDb, scope: Scope, input: Period & { touchPointId?: string }) {
  if (input.touchPointId) await pointOrThrow(tenant, input.touchPointId);
  const filter: RollupFilter = { from: input.from, to: input.to };
  if (scope.role === "frontline") filter.staffIds = [scope.userId];
  if (scope.role === "team_lead") {
    const owned = scope.leadTeamIds.length
      ? await tenant.selectFields({ id: touchPoints.id }, touchPoints, inArray(touchPoints.ownerTeamId, scope.leadTeamIds))
      : [];
    filter.touchPointIds = owned.map((p) => p.id);
  }
  if (input.touchPointId) filter.touchPointIds = filter.touchPointIds ? filter.touchPointIds.filter((id) => id === input.touchPointId) : [input.touchPointId];

  const totals = await sumThemeRollups(tenant, filter, { by: ["theme"] });
  const top = totals.sort((a, b) => b.sums.mentions - a.sums.mentions || a.theme!.localeCompare(b.theme!)).slice(0, THEMES_MAX);
  const themes = top.map((t) => t.theme!);
  const weekly = await sumThemeRollups(tenant, { ...filter, themes }, { by: ["theme", "week"] });
  const weeks = buckets(input, "week");

  const visible = await visibleFeedback(tenant, scope);
  const examples = new Map<string, { id: string; comment: string | null; occurredAt: Date; sentimentLabel: string | null; touchPointId: string; customerRef: string | null }[]>();
  for (const theme of themes) {
    // Within what the caller may read (and what the rollups above counted), newest first.
    const rows = await tenant
      .selectFields(
        {
          id: feedback.id,
          comment: feedback.comment,
          occurredAt: feedback.occurredAt,
          sentimentLabel: feedback.sentimentLabel,
          touchPointId: feedback.touchPointId,
          customerRef: feedback.customerRef,
        },
        feedback,
        and(
          arrayContains(feedback.themes, [theme]),
          gte(feedback.occurredAt, new Date(`${input.from}T00:00:00Z`)),
          lt(feedback.occurredAt, new Date(`${addDays(input.to, 1)}T00:00:00Z`)),
          filter.touchPointIds ? inArray(feedback.touchPointId, [...filter.touchPointIds]) : undefined,
          scope.role === "frontline" ? eq(feedback.staffId, scope.userId) : undefined,
          scope.role === "team_lead" ? visible.where : undefined,
        ),
      )
      .orderBy(desc(feedback.occurredAt), desc(feedback.id))
      .limit(EXAMPLES_PER_THEME);
    examples.set(theme, rows.map((row) => ({ ...row, customerRef: scope.role === "frontline" ? null : row.customerRef })));
  }

  return {
    period: { from: input.from, to: input.to },
    weeks,
    themes: top.map(({ theme, sums }) => {
      const labelled = sums.positiveN + sums.neutralN + sums.negativeN;
      return {
        theme: theme!,
        mentions: sums.mentions,
        negativeShare: labelled ? sums.negativeN / labelled : null,
        meanSentiment: sums.sentimentN ? sums.sentimentSum / sums.sentimentN : null,
        weekly: weeks.map((week) => ({ week, mentions: weekly.find((w) => w.theme === theme && w.day === week)?.sums.mentions ?? 0 })),
        examples: examples.get(theme!) ?? [],
      };
    }),
  };
}
