"use client";

import { useQuery } from "@tanstack/react-query";
import { KpiTrendChart } from "@/components/charts/kpi-trend-chart";
import type { ResolvedPeriod } from "@/lib/period";
import { BUCKET_NOUN } from "@/lib/charts/format";
import { GRAIN_WORDS, trendCaption } from "@/lib/trend-range";
import { useTrendGrain } from "@/components/dashboard/use-trend-grain";
import { useTRPC } from "@/lib/trpc/react";
import { domainOfKind, unitOfKind } from "@/components/dashboard/kpi-unit";
import { KpiSelect, useChosenKpi } from "./kpi-select";
import type { TeamKpi } from "./team-people-model";

/**
 * Trend of one of the team's touch points (all its answers) at the page's grain, against the
 * team's target, over at least the grain's minimum of buckets (trendRange).
 */
export function TeamTrend({ kpis, period }: { kpis: readonly TeamKpi[]; period: ResolvedPeriod }) {
  const trpc = useTRPC();
  const { kpiId, choose } = useChosenKpi(kpis.map((kpi) => kpi.kpiId));
  const kpi = kpis.find((k) => k.kpiId === kpiId);
  const { grain } = useTrendGrain(period);
  const trend = useQuery({
    ...trpc.dashboards.kpiTrend.queryOptions({ kpiId, from: period.from, to: period.to, grain }),
    enabled: Boolean(kpiId),
  });
  return (
    <div className="grid gap-3">
      <KpiSelect options={kpis.map((k) => ({ id: k.kpiId, label: k.kpiName }))} value={kpiId} onChange={choose} />
      <KpiTrendChart
        title={kpi ? `${kpi.kpiName}: trend` : "Trend"}
        caption={trend.data ? trendCaption(trend.data.trendPeriod, trend.data.grain, period) : undefined}
        description={`${GRAIN_WORDS[grain].by}; all answers for this touch point. A ${BUCKET_NOUN[grain]} below the minimum sample shows no figure.`}
        grain={trend.data?.grain ?? grain}
        nOnAxis
        loading={trend.isPending}
        points={(trend.data?.points ?? []).map((p) => ({ date: p.day, value: p.value, n: p.n, low: p.interval?.low ?? null, high: p.interval?.high ?? null }))}
        unit={kpi ? unitOfKind(kpi.kind) : undefined}
        domain={kpi ? domainOfKind(kpi.kind, kpi.scale) : undefined}
        target={trend.data?.target.target}
        warningThreshold={trend.data?.target.warningThreshold}
        minSampleSize={kpi?.minSampleSize}
        emptyDescription="No answers for this touch point in the period: choose a longer period or another KPI."
      />
    </div>
  );
}
