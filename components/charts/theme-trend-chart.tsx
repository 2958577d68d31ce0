"use client";

import { CartesianGrid, LineChart, Line, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { formatBucket, formatCount, themeLabel, type BucketGrain } from "@/lib/charts/format";
import { ChartCard, type ChartStateProps } from "./chart-card";
import { nAxisProps } from "./n-tick";
import { SERIES, useChartColors } from "./use-chart-colors";
import { ChartLegend, LegendKey } from "./chart-legend";

export type ThemeSeries = { theme: string; mentions: number[] };

export type ThemeTrendChartProps = ChartStateProps & {
  title: string;
  description?: string;
  /** The first day of each bucket, in order; each series and `comments` have one number per bucket. */
  buckets: string[];
  /** What each bucket covers, for its labels. */
  grain: BucketGrain;
  /** Comments in each bucket: the n the mentions come from. */
  comments: number[];
  /** At most five themes (one colour each, in SERIES order). */
  series: ThemeSeries[];
  height?: number;
};

/** Dash patterns, so the lines differ by more than their colour. */
const DASHES = [undefined, "6 3", "2 3", "8 3 2 3", "1 2"];

/**
 * How often each of the top themes is mentioned per day, week, month or quarter, with the number
 * of comments of each under it (a partial bucket at either end of the period has fewer).
 */
export function ThemeTrendChart({ title, description, buckets: weeks, grain, comments, series, height = 240, ...state }: ThemeTrendChartProps) {
  const colors = useChartColors();
  const shown = series.slice(0, SERIES.length);
  // A bucket without comments (one that has not started yet) has no point, not a fall to zero.
  const data = weeks.map((week, index) => {
    const n = comments[index] ?? 0;
    return { week, comments: n, ...Object.fromEntries(shown.map((s, i) => [`s${i}`, n > 0 ? (s.mentions[index] ?? 0) : null])) };
  });
  return (
    <ChartCard
      {...state}
      title={title}
      description={description}
      height={height}
      empty={shown.length === 0 || data.every((week) => week.comments === 0)}
      textAlternative={<ThemeTable title={title} weeks={weeks} grain={grain} comments={comments} series={shown} />}
      footer={
        <ChartLegend>
          {shown.map((s, i) => (
            <LegendKey
              key={s.theme}
              swatch={
                <svg aria-hidden="true" width="16" height="4" className="shrink-0">
                  <line x1="0" y1="2" x2="16" y2="2" stroke={colors[SERIES[i]!]} strokeWidth="2" strokeDasharray={DASHES[i]} />
                </svg>
              }
            >
              {themeLabel(s.theme)}
            </LegendKey>
          ))}
        </ChartLegend>
      }
    >
      <LineChart data={data} style={{ width: "100%", height }} responsive accessibilityLayer={false} margin={{ top: 8, right: 28 /* room for the last date and its n */, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke={colors.border} />
        <XAxis dataKey="week" {...nAxisProps((day) => data.find((week) => week.week === day)?.comments ?? 0, colors["muted-foreground"], undefined, grain)} />
        <YAxis allowDecimals={false} width={44} tick={{ fontSize: 12, fill: colors["muted-foreground"] }} stroke={colors["muted-foreground"]} />
        <Tooltip content={(props) => <ThemeTooltip {...props} grain={grain} series={shown} />} />
        {shown.map((s, i) => (
          <Line
            key={s.theme}
            dataKey={`s${i}`}
            name={themeLabel(s.theme)}
            stroke={colors[SERIES[i]!]}
            strokeWidth={2}
            strokeDasharray={DASHES[i]}
            dot={{ r: 2.5, fill: colors[SERIES[i]!], stroke: colors[SERIES[i]!] }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartCard>
  );
}

function ThemeTooltip({ active, payload, grain, series }: TooltipContentProps & { grain: BucketGrain; series: ThemeSeries[] }) {
  const week = payload?.[0]?.payload as ({ week: string; comments: number } & Record<string, number | null>) | undefined;
  if (!active || !week) return null;
  return (
    <div className="grid gap-0.5 rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="font-medium">{formatBucket(week.week, grain, true)}</p>
      {series.map((s, i) => (
        <p key={s.theme}>
          {themeLabel(s.theme)}: <span className="font-semibold tabular-nums">{formatCount(week[`s${i}`] ?? 0)}</span>
        </p>
      ))}
      <p className="text-muted-foreground">n = {formatCount(week.comments)} comments</p>
    </div>
  );
}

function ThemeTable({ title, weeks, grain, comments, series }: { title: string; weeks: string[]; grain: BucketGrain; comments: number[]; series: ThemeSeries[] }) {
  return (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          {series.map((s) => (
            <th key={s.theme} scope="col">
              {themeLabel(s.theme)}
            </th>
          ))}
          <th scope="col">Comments (n)</th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, index) => (
          <tr key={week}>
            <th scope="row">{formatBucket(week, grain, true)}</th>
            {series.map((s) => (
              <td key={s.theme}>{formatCount(s.mentions[index] ?? 0)}</td>
            ))}
            <td>{formatCount(comments[index] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
