"use client";

import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { formatCount, formatInterval, formatValue, notEnoughData, type KpiUnit } from "@/lib/charts/format";
import { ChartCard, type ChartStateProps } from "./chart-card";
import { useChartColors, type ChartColors } from "./use-chart-colors";

export type SegmentValue = {
  /** The attribute's value, such as "Business" for class. */
  label: string;
  /** Null below the minimum sample. */
  value: number | null;
  n: number;
  low: number | null;
  high: number | null;
};

export type SegmentComparisonProps = ChartStateProps & {
  title: string;
  description?: string;
  /** The attribute compared, such as "Class". */
  attribute: string;
  segments: SegmentValue[];
  unit?: KpiUnit;
  target?: number | null;
  minSampleSize?: number;
  domain?: [number, number];
  height?: number;
  headingLevel?: 2 | 3;
};

type Datum = SegmentValue & { bar: number | null; error: [number, number] | null };

/** Each value of one segment attribute side by side: a bar, its 95% interval, and n under it. */
export function SegmentComparison({ title, description, attribute, segments, unit = "mean", target, minSampleSize, domain, height = 260, headingLevel, ...state }: SegmentComparisonProps) {
  const colors = useChartColors();
  const data: Datum[] = segments.map((segment) => ({
    ...segment,
    bar: segment.value,
    // ErrorBar takes distances below and above the bar, not the interval's ends.
    error: segment.value !== null && segment.low !== null && segment.high !== null ? [segment.value - segment.low, segment.high - segment.value] : null,
  }));
  return (
    <ChartCard
      {...state}
      title={title}
      description={description}
      headingLevel={headingLevel}
      height={height}
      empty={segments.length === 0}
      textAlternative={<SegmentTable title={title} attribute={attribute} data={data} unit={unit} minSampleSize={minSampleSize} />}
      footer={<p className="text-xs text-muted-foreground">Lines on the bars: 95% intervals. Bars whose intervals overlap may not really differ.</p>}
    >
      <BarChart data={data} style={{ width: "100%", height }} responsive accessibilityLayer={false} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
        <CartesianGrid vertical={false} stroke={colors.border} />
        <XAxis dataKey="label" interval={0} height={44} tick={(props) => <SegmentTick {...props} data={data} colors={colors} />} stroke={colors["muted-foreground"]} />
        <YAxis domain={domain ?? [0, "auto"]} width={44} tickFormatter={(value: number) => formatValue(value, unit)} tick={{ fontSize: 12, fill: colors["muted-foreground"] }} stroke={colors["muted-foreground"]} />
        <Tooltip cursor={{ fillOpacity: 0.08 }} content={(props) => <SegmentTooltip {...props} unit={unit} minSampleSize={minSampleSize} />} />
        {target !== null && target !== undefined && <ReferenceLine y={target} stroke={colors.success} strokeDasharray="6 4" strokeWidth={1.5} />}
        <Bar dataKey="bar" fill={colors.primary} fillOpacity={0.75} maxBarSize={56} isAnimationActive={false}>
          <ErrorBar dataKey="error" width={8} strokeWidth={1.5} stroke={colors.foreground} isAnimationActive={false} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: string; index?: number } };

/** The value's name with its n under it; "not enough data" where there is no bar. */
function SegmentTick({ x = 0, y = 0, payload, data, colors }: TickProps & { data: Datum[]; colors: ChartColors }) {
  const datum = data[payload?.index ?? -1];
  if (!datum) return null;
  return (
    <g transform={`translate(${x},${y})`}>
      <text y={12} textAnchor="middle" fontSize={12} fill={colors.foreground}>
        {datum.label}
      </text>
      <text y={28} textAnchor="middle" fontSize={11} fill={colors["muted-foreground"]}>
        {datum.value === null ? `n = ${formatCount(datum.n)}, too few` : `n = ${formatCount(datum.n)}`}
      </text>
    </g>
  );
}

function SegmentTooltip({ active, payload, unit, minSampleSize }: TooltipContentProps & { unit: KpiUnit; minSampleSize?: number }) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  return (
    <div className="grid gap-0.5 rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="font-medium">{datum.label}</p>
      {datum.value === null ? (
        <p className="text-muted-foreground">{notEnoughData(datum.n, minSampleSize)}</p>
      ) : (
        <>
          <p className="text-sm font-semibold tabular-nums">{formatValue(datum.value, unit)}</p>
          {datum.low !== null && datum.high !== null && <p className="text-muted-foreground">95% interval {formatInterval(datum.low, datum.high, unit)}</p>}
          <p className="text-muted-foreground">n = {formatCount(datum.n)}</p>
        </>
      )}
    </div>
  );
}

function SegmentTable({ title, attribute, data, unit, minSampleSize }: { title: string; attribute: string; data: Datum[]; unit: KpiUnit; minSampleSize?: number }) {
  return (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{attribute}</th>
          <th scope="col">Value</th>
          <th scope="col">95% interval</th>
          <th scope="col">Answers (n)</th>
        </tr>
      </thead>
      <tbody>
        {data.map((datum) => (
          <tr key={datum.label}>
            <th scope="row">{datum.label}</th>
            <td>{datum.value === null ? notEnoughData(datum.n, minSampleSize) : formatValue(datum.value, unit)}</td>
            <td>{datum.low !== null && datum.high !== null && datum.value !== null ? formatInterval(datum.low, datum.high, unit) : ""}</td>
            <td>{formatCount(datum.n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
