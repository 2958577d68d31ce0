"use client";

import { ThemeTrendChart } from "@/components/charts/theme-trend-chart";
import { NO_FEEDBACK_DESCRIPTION } from "@/components/dashboard/no-feedback";
import { trendCaption } from "@/lib/trend-range";
import type { RouterOutputs } from "@/lib/trpc/types";

type Themes = RouterOutputs["dashboards"]["themes"];

/** How many themes the chart draws (one colour each). */
export const CHARTED_THEMES = 5;

/** The period's most mentioned themes week by week (at least 13 weeks); their example comments are in the themes table below. */
export function ThemeTrendsCard({ themes, loading }: { themes: Themes | undefined; loading: boolean }) {
  return (
    <ThemeTrendChart
      title="Themes, week by week"
      caption={themes ? trendCaption(themes.trendPeriod, themes.period) : undefined}
      description={`Mentions each week of the period's ${CHARTED_THEMES} most mentioned themes; n is the week's comments. Example comments are in Themes below.`}
      weeks={themes?.weeks ?? []}
      comments={themes?.commentsByWeek ?? []}
      series={(themes?.themes ?? []).slice(0, CHARTED_THEMES).map((t) => ({ theme: t.theme, mentions: t.weekly.map((w) => w.mentions) }))}
      loading={loading}
      emptyTitle="No themes in this period"
      emptyDescription={`Themes appear once comments arrive. ${NO_FEEDBACK_DESCRIPTION}`}
    />
  );
}
