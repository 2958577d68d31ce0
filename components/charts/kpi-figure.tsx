import { cn } from "@/lib/utils";
import { formatCount, formatInterval, formatValue, notEnoughData, type KpiUnit } from "@/lib/charts/format";
import { StatusBadge, type TargetStatus } from "./status-badge";

export type KpiFigureProps = {
  label: string;
  /** Null when the minimum sample is not reached: no figure is shown then. */
  value: number | null;
  unit?: KpiUnit;
  n: number;
  minSampleSize?: number;
  interval?: { low: number; high: number } | null;
  status: TargetStatus;
  target?: number | null;
  /** A second figure shown beside the value, such as "mean 4.3" beside CSAT. */
  secondary?: string | null;
  className?: string;
};

/**
 * One KPI as a figure with its sample size, interval, target and status; below the minimum
 * sample it says so, with how many answers it has and needs, and shows no number.
 */
export function KpiFigure({ label, value, unit = "mean", n, minSampleSize, interval, status, target, secondary, className }: KpiFigureProps) {
  const enough = value !== null && status !== "not_enough_data";
  return (
    <div data-kpi={label} className={cn("grid gap-1", className)}>
      <p className="text-sm font-medium text-muted-foreground">{label}</p>
      {enough ? (
        <>
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span className="text-3xl font-semibold tabular-nums">{formatValue(value, unit)}</span>
            {secondary && <span className="text-sm text-muted-foreground">{secondary}</span>}
          </p>
          <StatusBadge status={status} />
          <p className="text-xs text-muted-foreground">
            n = {formatCount(n)}
            {interval && <> · 95% interval {formatInterval(interval.low, interval.high, unit)}</>}
            {target !== null && target !== undefined && <> · target {formatValue(target, unit)}</>}
          </p>
        </>
      ) : (
        <>
          <p className="text-3xl font-semibold text-muted-foreground" aria-hidden="true">
            —
          </p>
          <StatusBadge status="not_enough_data" className="sr-only" />
          <p className="text-xs text-muted-foreground">{notEnoughData(n, minSampleSize)}</p>
        </>
      )}
    </div>
  );
}
