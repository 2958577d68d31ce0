"use client";

import { useQuery } from "@tanstack/react-query";
import { KpiTrendChart } from "@/components/charts/kpi-trend-chart";
import { domainOfKind, unitOfKind } from "@/components/dashboard/kpi-unit";
import { NO_FEEDBACK_DESCRIPTION } from "@/components/dashboard/no-feedback";
import { FormAlert } from "@/components/forms/form-alert";
import { useTrendGrain } from "@/components/dashboard/use-trend-grain";
import { BUCKET_NOUN } from "@/lib/charts/format";
import { GRAIN_WORDS, trendCaption } from "@/lib/trend-range";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";

/** One KPI at the page's grain (at least the grain's minimum of buckets, trendRange) with its interval band and the viewer's target line. */
export function KpiHistoryCard({ kpiId, period }: { kpiId: string; period: { from: string; to: string } }) {
  const trpc = useTRPC();
  const { grain } = useTrendGrain(period);
  const trend = useQuery(trpc.dashboards.kpiTrend.queryOptions({ ...period, kpiId, grain }));
  const kpi = trend.data?.kpi;
  return (
    <div className="grid gap-2">
      <FormAlert message={trend.error ? errorMessage(trend.error) : null} />
      <KpiTrendChart
        title={kpi ? `${kpi.name}, ${GRAIN_WORDS[grain].each}` : "KPI history"}
        description={
          trend.data && trend.data.target.target !== null ? `Against the ${trend.data.target.source}'s target. A ${BUCKET_NOUN[grain]} below the minimum sample shows no figure.` : undefined
        }
        caption={trend.data ? trendCaption(trend.data.trendPeriod, trend.data.grain, period) : undefined}
        grain={trend.data?.grain ?? grain}
        nOnAxis
        points={(trend.data?.points ?? []).map((p) => ({ date: p.day, value: p.value, n: p.n, low: p.interval?.low ?? null, high: p.interval?.high ?? null }))}
        unit={kpi ? unitOfKind(kpi.kind) : "mean"}
        target={trend.data?.target.target}
        warningThreshold={trend.data?.target.warningThreshold}
        minSampleSize={kpi?.minSampleSize}
        domain={kpi ? domainOfKind(kpi.kind, kpi.scale) : undefined}
        loading={trend.isPending}
        emptyTitle="No answers in this period"
        emptyDescription={NO_FEEDBACK_DESCRIPTION}
      />
    </div>
  );
}
