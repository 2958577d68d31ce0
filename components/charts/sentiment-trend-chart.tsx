"use client";

import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { BUCKET_NOUN, formatBucket, formatChange, formatCount, formatInterval, formatValue, notEnoughData, type BucketGrain } from "@/lib/charts/format";
import { ChartCard, type ChartStateProps } from "./chart-card";
import { nAxisProps } from "./n-tick";
import { useChartColors } from "./use-chart-colors";
import { ChartLegend, LegendKey } from "./chart-legend";

export type SentimentPoint = {
  /** The first day of the point's day, week, month or quarter. */
  date: string;
  /** Comments with a sentiment label in it. */
  n: number;
  /** Percent of them; null below the minimum sample. */
  positive: number | null;
  negative: number | null;
  positiveInterval: { low: number; high: number } | null;
  negativeInterval: { low: number; high: number } | null;
  /** Mean score, -1..1. */
  meanScore: number | null;
};

type Datum = SentimentPoint & { positiveBand: [number, number] | null; negativeBand: [number, number] | null };

export type SentimentTrendChartProps = ChartStateProps & {
  title: string;
  description?: string;
  points: SentimentPoint[];
  /** What each point covers, for its labels. */
  grain: BucketGrain;
  minSampleSize: number;
  height?: number;
};

const band = (interval: { low: number; high: number } | null, value: number | null): [number, number] | null => (interval && value !== null ? [interval.low, interval.high] : null);
/** A mean score of −1..+1, signed. */
const score = (value: number) => formatChange(value, "mean");

/**
 * The share of positive and of negative comments per day, week, month or quarter, each with its
 * 95% (Wilson) band and the point's n under it; a point below the minimum sample breaks both lines.
 */
export function SentimentTrendChart({ title, description, points, grain, minSampleSize, height = 240, ...state }: SentimentTrendChartProps) {
  const colors = useChartColors();
  const data: Datum[] = points.map((week) => ({ ...week, positiveBand: band(week.positiveInterval, week.positive), negativeBand: band(week.negativeInterval, week.negative) }));
  const gaps = data.filter((week) => week.positive === null).length;
  return (
    <ChartCard
      {...state}
      title={title}
      description={description}
      height={height}
      empty={data.every((week) => week.n === 0)}
      textAlternative={<SentimentTable title={title} data={data} grain={grain} minSampleSize={minSampleSize} />}
      footer={
        <ChartLegend>
          <LegendKey swatch="h-0.5 w-4 bg-success">Positive</LegendKey>
          <LegendKey swatch="w-4 border-t-2 border-dashed border-destructive">Negative</LegendKey>
          <LegendKey swatch="h-2.5 w-4 rounded-sm bg-muted-foreground/20">95% interval</LegendKey>
          {gaps > 0 && (
            <li>
              Breaks in the lines: fewer than {minSampleSize} comments that {BUCKET_NOUN[grain]}
            </li>
          )}
        </ChartLegend>
      }
    >
      <ComposedChart data={data} style={{ width: "100%", height }} responsive accessibilityLayer={false} margin={{ top: 8, right: 28 /* room for the last date and its n */, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke={colors.border} />
        <XAxis
          dataKey="date"
          {...nAxisProps((day) => data.find((week) => week.date === day)?.n ?? 0, colors["muted-foreground"], (day) => data.find((week) => week.date === day)?.positive === null, grain)}
        />
        <YAxis domain={[0, 100]} width={44} tickFormatter={(value: number) => `${value}%`} tick={{ fontSize: 12, fill: colors["muted-foreground"] }} stroke={colors["muted-foreground"]} />
        <Tooltip content={(props) => <SentimentTooltip {...props} grain={grain} minSampleSize={minSampleSize} />} />
        <Area dataKey="positiveBand" fill={colors.success} fillOpacity={0.12} stroke="none" isAnimationActive={false} activeDot={false} />
        <Area dataKey="negativeBand" fill={colors.destructive} fillOpacity={0.12} stroke="none" isAnimationActive={false} activeDot={false} />
        <Line dataKey="positive" stroke={colors.success} strokeWidth={2} dot={{ r: 2.5, fill: colors.success, stroke: colors.success }} isAnimationActive={false} connectNulls={false} />
        <Line
          dataKey="negative"
          stroke={colors.destructive}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={{ r: 2.5, fill: colors.destructive, stroke: colors.destructive }}
          isAnimationActive={false}
          connectNulls={false}
        />
      </ComposedChart>
    </ChartCard>
  );
}

function SentimentTooltip({ active, payload, grain, minSampleSize }: TooltipContentProps & { grain: BucketGrain; minSampleSize: number }) {
  const week = payload?.[0]?.payload as Datum | undefined;
  if (!active || !week) return null;
  return (
    <div className="grid gap-0.5 rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="font-medium">{formatBucket(week.date, grain, true)}</p>
      {week.positive === null || week.negative === null ? (
        <p className="text-muted-foreground">{notEnoughData(week.n, minSampleSize)}</p>
      ) : (
        <>
          <p>
            Positive <span className="font-semibold tabular-nums">{formatValue(week.positive, "percent")}</span>
            {week.positiveInterval && <span className="text-muted-foreground"> ({formatInterval(week.positiveInterval.low, week.positiveInterval.high, "percent")})</span>}
          </p>
          <p>
            Negative <span className="font-semibold tabular-nums">{formatValue(week.negative, "percent")}</span>
            {week.negativeInterval && <span className="text-muted-foreground"> ({formatInterval(week.negativeInterval.low, week.negativeInterval.high, "percent")})</span>}
          </p>
          {week.meanScore !== null && <p className="text-muted-foreground">Mean score {score(week.meanScore)} (−1 to +1)</p>}
          <p className="text-muted-foreground">n = {formatCount(week.n)} comments</p>
        </>
      )}
    </div>
  );
}

function SentimentTable({ title, data, grain, minSampleSize }: { title: string; data: Datum[]; grain: BucketGrain; minSampleSize: number }) {
  return (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Positive</th>
          <th scope="col">Negative</th>
          <th scope="col">Mean score</th>
          <th scope="col">Comments (n)</th>
        </tr>
      </thead>
      <tbody>
        {data.map((week) => (
          <tr key={week.date}>
            <th scope="row">{formatBucket(week.date, grain, true)}</th>
            <td>{week.positive === null ? notEnoughData(week.n, minSampleSize) : formatValue(week.positive, "percent")}</td>
            <td>{week.negative === null ? "" : formatValue(week.negative, "percent")}</td>
            <td>{week.meanScore === null ? "" : score(week.meanScore)}</td>
            <td>{formatCount(week.n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
