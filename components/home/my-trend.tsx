"use client";

import { KpiTrendChart } from "@/components/charts/kpi-trend-chart";
import { formatCount } from "@/lib/charts/format";
import { trendCaption } from "@/lib/trend-range";
import type { RouterOutputs } from "@/lib/trpc/types";
import { domainOfKind, unitOfKind } from "@/components/dashboard/kpi-unit";
import { KpiSelect, useChosenKpi } from "./kpi-select";

type Me = RouterOutputs["dashboards"]["me"];

/**
 * My trend for one of my KPIs, against my effective target: week by week when at least one week
 * has enough answers about me for a figure; otherwise each week with the weeks before it (rolling
 * 13 weeks), which says so, rather than an empty chart.
 */
export function MyTrend({ data }: { data: Me }) {
  // Without a choice in the link, the first KPI with answers about me in the last 90 days: a
  // touch point of my team that names no staff member (a seat, the wifi) has nothing to draw.
  const answeredFirst = [...data.kpis].sort((a, b) => Number(b.last90Days.n > 0) - Number(a.last90Days.n > 0));
  const { kpiId, choose } = useChosenKpi(answeredFirst.map((kpi) => kpi.kpiId));
  const kpi = data.kpis.find((k) => k.kpiId === kpiId);
  if (!kpi) return null;
  const busiest = Math.max(0, ...kpi.trend.map((p) => p.n));
  const rolling = kpi.trend.every((p) => p.value === null) && busiest > 0;
  const series = rolling ? kpi.rollingTrend : kpi.trend;
  return (
    <div className="grid gap-3">
      <KpiSelect options={data.kpis.map((k) => ({ id: k.kpiId, label: k.name }))} value={kpiId} onChange={choose} />
      <KpiTrendChart
        title={rolling ? `My ${kpi.name}: rolling ${data.rollingWeeks} weeks` : `My ${kpi.name}: week by week`}
        description={
          rolling
            ? `No single week had the ${kpi.minSampleSize} answers about you a figure needs (the busiest had ${formatCount(busiest)}), so each point covers that week and the ${data.rollingWeeks - 1} before it. Neighbouring points share most of their answers: read the direction, not week-to-week wiggles.`
            : "Only answers about you; weeks with too few answers break the line."
        }
        caption={trendCaption(data.trendPeriod, "week")}
        grain="week"
        nOnAxis
        points={series.map((p) => ({ date: p.week, value: p.value, n: p.n, low: p.interval?.low ?? null, high: p.interval?.high ?? null }))}
        unit={unitOfKind(kpi.kind)}
        domain={domainOfKind(kpi.kind, kpi.scale)}
        target={kpi.target.target}
        warningThreshold={kpi.target.warningThreshold}
        minSampleSize={kpi.minSampleSize}
        emptyDescription="No answers about you in these weeks yet; they appear as customers you serve give feedback."
      />
    </div>
  );
}
