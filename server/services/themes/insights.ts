import "server-only";
import type { TenantDb } from "@/server/db/tenant-db";
import { buckets } from "@/server/services/dashboards/period";
import { trendGrain } from "@/lib/trend-grain";
import { themeExamples } from "@/server/services/dashboards/themes";
import { sumFeedbackRollups, sumThemeRollups, type Period } from "@/server/services/metrics/rollup-queries";
import type { Scope } from "@/server/services/scope";
import { listThemes } from "./themes";

/**
 * Per theme of the organisation's taxonomy, over the period: how often comments mention it (and
 * the share of all comments that is), how they feel (mean sentiment score and share negative, each
 * with the number of comments it rests on), mentions per day, week, month or quarter (the grain that
 * fits the period, as on the dashboards: a decade is 40 quarters, not 520 weeks), and the newest comments. Every
 * figure comes from the rollups; only the examples read raw feedback, a few rows per theme.
 *
 * Stored comments keep the themes they were tagged with, so after a rename, merge or split the
 * rollups still hold the old names: those come back as `otherThemes`, to be told apart.
 */
export async function themeInsights(tenant: TenantDb, scope: Scope, period: Period) {
  const { isDefault, themes: taxonomy } = await listThemes(tenant);
  const names = taxonomy.map((theme) => theme.name);
  const filter = { from: period.from, to: period.to };

  const totals = await sumThemeRollups(tenant, filter, { by: ["theme"] });
  const grain = trendGrain(period);
  const perBucket = await sumThemeRollups(tenant, { ...filter, themes: names }, { by: ["theme", grain] });
  const mentionsAt = new Map(perBucket.map((row) => [`${row.theme}\u0000${row.day}`, row.sums.mentions]));
  const [all] = await sumFeedbackRollups(tenant, filter, { by: [] });
  const comments = all?.counts.commentsN ?? 0;
  const starts = buckets(period, grain);
  const byName = new Map(totals.map((total) => [total.theme!, total.sums]));
  const mentioned = names.filter((name) => (byName.get(name)?.mentions ?? 0) > 0);
  const examples = await themeExamples(tenant, scope, mentioned, filter, { distinctAcrossThemes: false });

  const known = new Set(names);
  return {
    period: { from: period.from, to: period.to },
    grain,
    /** The first day of each bucket of `trend`, in order. */
    buckets: starts,
    isDefault,
    /** Comments (responses with a comment) in the period: what each theme's share is of. */
    comments,
    themes: taxonomy.map(({ id, name, terms }) => {
      const sums = byName.get(name);
      const mentions = sums?.mentions ?? 0;
      const labelled = sums ? sums.positiveN + sums.neutralN + sums.negativeN : 0;
      const sentimentN = sums?.sentimentN ?? 0;
      return {
        id,
        name,
        terms,
        mentions,
        commentShare: comments ? mentions / comments : null,
        meanSentiment: sentimentN ? sums!.sentimentSum / sentimentN : null,
        sentimentN,
        negativeShare: labelled ? sums!.negativeN / labelled : null,
        labelledN: labelled,
        trend: starts.map((start) => ({ start, mentions: mentionsAt.get(`${name}\u0000${start}`) ?? 0 })),
        examples: examples.get(name) ?? [],
      };
    }),
    otherThemes: totals
      .filter((total) => !known.has(total.theme!) && total.sums.mentions > 0)
      .map((total) => ({ name: total.theme!, mentions: total.sums.mentions }))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
  };
}
