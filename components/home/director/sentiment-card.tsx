"use client";

import { SentimentTrendChart } from "@/components/charts/sentiment-trend-chart";
import { NO_FEEDBACK_DESCRIPTION } from "@/components/dashboard/no-feedback";
import { BUCKET_NOUN, formatCount, formatValue } from "@/lib/charts/format";
import { GRAIN_WORDS, trendCaption } from "@/lib/trend-range";
import type { TrendGrain } from "@/lib/trend-grain";
import type { RouterOutputs } from "@/lib/trpc/types";

type Sentiment = RouterOutputs["dashboards"]["sentimentTrend"];

/** The journey's comments, positive and negative shares at the page's grain (at least its minimum of buckets), with the period's figure in words. */
export function SentimentCard({ sentiment, grain, loading }: { sentiment: Sentiment | undefined; grain: TrendGrain; loading: boolean }) {
  const total = sentiment?.total;
  const summary =
    total && total.positive !== null && total.negative !== null
      ? `Over the period: ${formatValue(total.positive, "percent")} positive, ${formatValue(total.negative, "percent")} negative (n = ${formatCount(total.n)} comments). `
      : total && total.n > 0
        ? `Over the period: only ${formatCount(total.n)} comments with a sentiment, fewer than the ${sentiment.minSampleSize} a figure needs. `
        : "";
  return (
    <SentimentTrendChart
      title={`Sentiment, ${GRAIN_WORDS[grain].each}`}
      caption={sentiment ? trendCaption(sentiment.trendPeriod, grain, sentiment.period) : undefined}
      description={`${summary}Share of the journey's comments that are positive and negative, with 95% intervals; n is under each ${BUCKET_NOUN[grain]}.`}
      points={(sentiment?.points ?? []).map((p) => ({ ...p, date: p.start }))}
      grain={grain}
      minSampleSize={sentiment?.minSampleSize ?? 30}
      loading={loading}
      emptyTitle="No comments in this period"
      emptyDescription={`Sentiment comes from customers' comments. ${NO_FEEDBACK_DESCRIPTION}`}
    />
  );
}
