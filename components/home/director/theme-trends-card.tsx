"use client";

import { ThemeTrendChart } from "@/components/charts/theme-trend-chart";
import { NO_FEEDBACK_DESCRIPTION } from "@/components/dashboard/no-feedback";
import { BUCKET_NOUN } from "@/lib/charts/format";
import { GRAIN_WORDS, trendCaption } from "@/lib/trend-range";
import type { TrendGrain } from "@/lib/trend-grain";
import type { RouterOutputs } from "@/lib/trpc/types";

type Themes = RouterOutputs["dashboards"]["themes"];

/** How many themes the chart draws (one colour each). */
export const CHARTED_THEMES = 5;

/** The period's most mentioned themes at the page's grain (at least its minimum of buckets); their example comments are in the themes table below. */
export function ThemeTrendsCard({ themes, grain, loading }: { themes: Themes | undefined; grain: TrendGrain; loading: boolean }) {
  const noun = BUCKET_NOUN[grain];
  return (
    <ThemeTrendChart
      title={`Themes, ${GRAIN_WORDS[grain].each}`}
      caption={themes ? trendCaption(themes.trendPeriod, grain, themes.period) : undefined}
      description={`Mentions each ${noun} of the period's ${CHARTED_THEMES} most mentioned themes; n is the ${noun}'s comments. Example comments are in Themes below.`}
      buckets={themes?.buckets ?? []}
      grain={grain}
      comments={themes?.commentsByBucket ?? []}
      series={(themes?.themes ?? []).slice(0, CHARTED_THEMES).map((t) => ({ theme: t.theme, mentions: t.trend.map((w) => w.mentions) }))}
      loading={loading}
      emptyTitle="No themes in this period"
      emptyDescription={`Themes appear once comments arrive. ${NO_FEEDBACK_DESCRIPTION}`}
    />
  );
}
