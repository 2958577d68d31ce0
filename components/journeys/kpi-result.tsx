import { CircleDashed } from "lucide-react";
import { StatusBadge } from "@/components/charts/status-badge";
import { secondaryText, unitOfKind } from "@/components/dashboard/kpi-unit";
import { Skeleton } from "@/components/ui/skeleton";
import { formatCount, formatInterval, formatValue, notEnoughData } from "@/lib/charts/format";
import type { MapFigure, MapFigures } from "./map-figures";

/**
 * A KPI's result for the period on a map card, saying only what is true: its status, value, n
 * and 95% interval; "not enough data" when n is below the KPI's minimum sample; "no feedback in
 * this period" when there is none at all.
 */
export function KpiResult({ figure, figures, archived }: { figure: MapFigure | undefined; figures: MapFigures; archived: boolean }) {
  if (figures.state === "hidden") return null;
  if (archived) return <Plain>Archived: not measured</Plain>;
  // A KPI added a moment ago shows once the period's figures are read again.
  if (figures.state === "loading" || !figure) return <Skeleton data-testid="kpi-result-loading" className="h-4 w-40" />;
  if (figure.n === 0) return <Plain>{figure.kind === "operational" ? "No observations in this period" : "No feedback in this period"}</Plain>;
  if (!figure.enoughData || figure.value === null) {
    return (
      <p className="grid gap-0.5">
        <StatusBadge status="not_enough_data" />
        <span className="text-muted-foreground">{notEnoughData(figure.n, figure.minSampleSize)}</span>
      </p>
    );
  }
  const unit = unitOfKind(figure.kind);
  const suffix = figure.kind === "operational" && figure.unit ? ` ${figure.unit}` : "";
  const secondary = secondaryText(figure.kind, figure.secondary, figure.scale);
  return (
    <p className="grid gap-0.5" data-kpi-result={figure.status}>
      <span className="flex flex-wrap items-baseline gap-x-2">
        <StatusBadge status={figure.status} />
        <span className="font-semibold text-foreground tabular-nums">
          {formatValue(figure.value, unit)}
          {suffix}
        </span>
        {secondary && <span className="text-muted-foreground">{secondary}</span>}
      </span>
      <span className="text-muted-foreground tabular-nums">
        n = {formatCount(figure.n)}
        {figure.interval && <> · 95% interval {formatInterval(figure.interval.low, figure.interval.high, unit)}</>}
      </span>
    </p>
  );
}

function Plain({ children }: { children: string }) {
  return (
    <p className="flex items-center gap-1 font-medium text-muted-foreground">
      <CircleDashed aria-hidden="true" className="size-3.5 shrink-0" />
      {children}
    </p>
  );
}
