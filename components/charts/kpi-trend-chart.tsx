"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { formatBucket, formatCount, formatInterval, formatValue, notEnoughData, trendData, type BucketGrain, type KpiUnit, type TrendDatum, type TrendPoint } from "@/lib/charts/format";
import { ChartCard, type ChartStateProps } from "./chart-card";
import { nAxisProps } from "./n-tick";
import { useChartColors } from "./use-chart-colors";
import { ChartLegend, LegendKey } from "./chart-legend";

export type KpiTrendChartProps = ChartStateProps & {
  title: string;
  description?: string;
  /** One point per day, week, month or quarter (named by its first day); `value` null where the minimum sample was not reached. */
  points: TrendPoint[];
  /** What each point covers, for its labels. */
  grain?: BucketGrain;
  unit?: KpiUnit;
  target?: number | null;
  warningThreshold?: number | null;
  minSampleSize?: number;
  /** The value axis; a KPI's own scale (such as [-100, 100] for NPS) reads better than an auto one. */
  domain?: [number, number];
  height?: number;
  headingLevel?: 2 | 3;
  /** Writes each point's n under its date on the axis (weekly charts, where points are few). */
  nOnAxis?: boolean;
};

/**
 * A KPI over time: the line, its 95% interval as a band, the target and warning lines, and a
 * break in the line where a period had too few answers ("not enough data", never a guess).
 */
export function KpiTrendChart({
  title,
  description,
  points,
  grain = "week",
  unit = "mean",
  target,
  warningThreshold,
  minSampleSize,
  domain,
  height = 260,
  headingLevel,
  nOnAxis = false,
  ...state
}: KpiTrendChartProps) {
  const colors = useChartColors();
  const data = trendData(points);
  const gaps = data.filter((point) => point.value === null).length;
  return (
    <ChartCard
      {...state}
      title={title}
      description={description}
      headingLevel={headingLevel}
      height={height}
      empty={data.every((point) => point.value === null && point.n === 0)}
      textAlternative={<TrendTable title={title} data={data} grain={grain} unit={unit} minSampleSize={minSampleSize} target={target} />}
      footer={
        <ChartLegend>
          <LegendKey swatch="h-0.5 w-4 bg-primary">{title}</LegendKey>
          <LegendKey swatch="h-2.5 w-4 rounded-sm bg-primary/20">95% interval</LegendKey>
          {target !== null && target !== undefined && (
            <LegendKey swatch="w-4 border-t-2 border-dashed border-success">Target {formatValue(target, unit)}</LegendKey>
          )}
          {warningThreshold !== null && warningThreshold !== undefined && (
            <LegendKey swatch="w-4 border-t-2 border-dotted border-warning">Warning {formatValue(warningThreshold, unit)}</LegendKey>
          )}
          {gaps > 0 && <li>Breaks in the line: not enough data ({gaps === 1 ? "1 point" : `${gaps} points`})</li>}
        </ChartLegend>
      }
    >
      <ComposedChart data={data} style={{ width: "100%", height }} responsive accessibilityLayer={false} margin={{ top: 8, right: nOnAxis ? 28 : 12, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke={colors.border} />
        {nOnAxis ? (
          <XAxis
            dataKey="date"
            {...nAxisProps((day) => data.find((point) => point.date === day)?.n ?? 0, colors["muted-foreground"], (day) => data.find((point) => point.date === day)?.value === null, grain)}
          />
        ) : (
          <XAxis dataKey="date" tickFormatter={(day: string) => formatBucket(day, grain)} minTickGap={24} tick={{ fontSize: 12, fill: colors["muted-foreground"] }} stroke={colors["muted-foreground"]} />
        )}
        <YAxis domain={domain ?? ["auto", "auto"]} width={44} tickFormatter={(value: number) => formatValue(value, unit)} tick={{ fontSize: 12, fill: colors["muted-foreground"] }} stroke={colors["muted-foreground"]} />
        <Tooltip content={(props) => <TrendTooltip {...props} grain={grain} unit={unit} minSampleSize={minSampleSize} />} />
        <Area dataKey="band" fill={colors.primary} fillOpacity={0.15} stroke="none" isAnimationActive={false} activeDot={false} />
        {target !== null && target !== undefined && <ReferenceLine y={target} stroke={colors.success} strokeDasharray="6 4" strokeWidth={1.5} />}
        {warningThreshold !== null && warningThreshold !== undefined && (
          <ReferenceLine y={warningThreshold} stroke={colors.warning} strokeDasharray="2 3" strokeWidth={1.5} />
        )}
        <Line dataKey="value" stroke={colors.primary} strokeWidth={2} dot={{ r: 2.5, fill: colors.primary, stroke: colors.primary }} isAnimationActive={false} connectNulls={false} />
      </ComposedChart>
    </ChartCard>
  );
}

function TrendTooltip({ active, payload, grain, unit, minSampleSize }: TooltipContentProps & { grain: BucketGrain; unit: KpiUnit; minSampleSize?: number }) {
  const point = payload?.[0]?.payload as TrendDatum | undefined;
  if (!active || !point) return null;
  return (
    <div className="grid gap-0.5 rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="font-medium">{formatBucket(point.date, grain, true)}</p>
      {point.value === null ? (
        <p className="text-muted-foreground">{notEnoughData(point.n, minSampleSize)}</p>
      ) : (
        <>
          <p className="text-sm font-semibold tabular-nums">{formatValue(point.value, unit)}</p>
          {point.band && <p className="text-muted-foreground">95% interval {formatInterval(point.band[0], point.band[1], unit)}</p>}
          <p className="text-muted-foreground">n = {formatCount(point.n)}</p>
        </>
      )}
    </div>
  );
}

function TrendTable({
  title,
  data,
  grain,
  unit,
  minSampleSize,
  target,
}: {
  title: string;
  data: TrendDatum[];
  grain: BucketGrain;
  unit: KpiUnit;
  minSampleSize?: number;
  target?: number | null;
}) {
  return (
    <table>
      <caption>
        {title}
        {target !== null && target !== undefined && `, target ${formatValue(target, unit)}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Value</th>
          <th scope="col">95% interval</th>
          <th scope="col">Answers (n)</th>
        </tr>
      </thead>
      <tbody>
        {data.map((point) => (
          <tr key={point.date}>
            <th scope="row">{formatBucket(point.date, grain, true)}</th>
            <td>{point.value === null ? notEnoughData(point.n, minSampleSize) : formatValue(point.value, unit)}</td>
            <td>{point.band ? formatInterval(point.band[0], point.band[1], unit) : ""}</td>
            <td>{formatCount(point.n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
