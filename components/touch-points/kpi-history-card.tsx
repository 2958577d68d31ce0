"use client";

import { useQuery } from "@tanstack/react-query";
import { KpiTrendChart } from "@/components/charts/kpi-trend-chart";
import { domainOfKind, unitOfKind } from "@/components/dashboard/kpi-unit";
import { NO_FEEDBACK_DESCRIPTION } from "@/components/dashboard/no-feedback";
import { FormAlert } from "@/components/forms/form-alert";
import { trendCaption } from "@/lib/trend-range";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";

/** One KPI week by week (at least 13 weeks, trendRange) with its interval band and the viewer's target line. */
export function KpiHistoryCard({ kpiId, period }: { kpiId: string; period: { from: string; to: string } }) {
  const trpc = useTRPC();
  const trend = useQuery(trpc.dashboards.kpiTrend.queryOptions({ ...period, kpiId, grain: "week" }));
  const kpi = trend.data?.kpi;
  return (
    <div className="grid gap-2">
      <FormAlert message={trend.error ? errorMessage(trend.error) : null} />
      <KpiTrendChart
        title={kpi ? `${kpi.name}, week by week` : "KPI history"}
        description={trend.data && trend.data.target.target !== null ? `Against the ${trend.data.target.source}'s target. Weeks below the minimum sample show no figure.` : undefined}
        caption={trend.data ? trendCaption(trend.data.trendPeriod, period) : undefined}
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
