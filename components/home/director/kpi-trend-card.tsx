"use client";

import { useId } from "react";
import { useQuery } from "@tanstack/react-query";
import { KpiTrendChart } from "@/components/charts/kpi-trend-chart";
import { domainOfKind, unitOfKind } from "@/components/dashboard/kpi-unit";
import { NO_FEEDBACK_DESCRIPTION } from "@/components/dashboard/no-feedback";
import { useTrendGrain } from "@/components/dashboard/use-trend-grain";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { FormAlert } from "@/components/forms/form-alert";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { BUCKET_NOUN } from "@/lib/charts/format";
import { GRAIN_WORDS, trendCaption } from "@/lib/trend-range";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import type { RouterOutputs } from "@/lib/trpc/types";
import { trendKpi, trendPoints } from "./director-queries";

type Health = RouterOutputs["dashboards"]["journeyHealth"];

const SOURCE = { organisation: "the organisation's", team: "the team's", person: "the person's" } as const;

/**
 * One KPI of the journey by day, week, month or quarter (the page's grain), over at least the
 * grain's minimum of buckets (trendRange): the line with its 95% band, the target and warning
 * lines, each point's n under it, and no figure for a point below the minimum sample. The touch
 * point and KPI are in the URL (`trend=<kpiId>`), so the chart can be shared.
 */
export function KpiTrendCard({ health, period }: { health: Health | undefined; period: { from: string; to: string } }) {
  const trpc = useTRPC();
  const id = useId();
  const { params, setFilter } = useUrlFilters<"trend">();
  const points = trendPoints(health);
  const kpiId = trendKpi(health, params);
  const point = points.find((p) => p.kpis.some((kpi) => kpi.kpiId === kpiId));
  const kpi = point?.kpis.find((k) => k.kpiId === kpiId);
  const { grain } = useTrendGrain(period);
  const trend = useQuery(trpc.dashboards.kpiTrend.queryOptions({ ...period, kpiId, grain }, { enabled: Boolean(kpiId) }));
  const noun = BUCKET_NOUN[grain];
  const target = trend.data?.target;

  const controls = (
    <div className="flex flex-wrap items-end gap-3">
      <div className="grid min-w-48 gap-1.5">
        <Label htmlFor={`${id}-point`}>Touch point</Label>
        <NativeSelect id={`${id}-point`} value={point?.id ?? ""} disabled={points.length === 0} onChange={(event) => setFilter("trend", points.find((p) => p.id === event.target.value)?.kpis[0]?.kpiId ?? "")}>
          {points.map((p) => (
            <option key={p.id} value={p.id}>
              {p.isMomentOfTruth ? `${p.name} (moment of truth)` : p.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid min-w-48 gap-1.5">
        <Label htmlFor={`${id}-kpi`}>KPI at this touch point</Label>
        <NativeSelect id={`${id}-kpi`} value={kpiId} disabled={(point?.kpis.length ?? 0) < 2} onChange={(event) => setFilter("trend", event.target.value)}>
          {(point?.kpis ?? []).map((k) => (
            <option key={k.kpiId} value={k.kpiId}>
              {k.name}
            </option>
          ))}
        </NativeSelect>
      </div>
    </div>
  );

  return (
    <div className="grid gap-2">
      <FormAlert message={trend.error ? errorMessage(trend.error) : null} />
      <KpiTrendChart
        title={point && kpi ? `${point.name}: ${kpi.name}, ${GRAIN_WORDS[grain].each}` : "KPI trend"}
        description={
          kpi
            ? `${target && target.target !== null ? `Against ${SOURCE[target.source]} target, with` : "With"} the 95% interval. The number of answers (n) is under each ${noun}; a ${noun} below ${kpi.minSampleSize} answers shows no figure.`
            : undefined
        }
        controls={controls}
        caption={trend.data ? trendCaption(trend.data.trendPeriod, trend.data.grain, period) : undefined}
        grain={trend.data?.grain ?? grain}
        nOnAxis
        points={(trend.data?.points ?? []).map((p) => ({ date: p.day, value: p.value, n: p.n, low: p.interval?.low ?? null, high: p.interval?.high ?? null }))}
        unit={kpi ? unitOfKind(kpi.kind) : "mean"}
        domain={kpi ? domainOfKind(kpi.kind, kpi.scale) : undefined}
        target={target?.target}
        warningThreshold={target?.warningThreshold}
        minSampleSize={kpi?.minSampleSize}
        loading={!health || (Boolean(kpiId) && trend.isPending)}
        emptyTitle={points.length === 0 ? "No KPIs on this journey yet" : "No answers in this period"}
        emptyDescription={points.length === 0 ? "Add a KPI to a touch point (Journeys) to follow it over time." : NO_FEEDBACK_DESCRIPTION}
      />
    </div>
  );
}
