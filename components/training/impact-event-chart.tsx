"use client";

import { CartesianGrid, ComposedChart, ErrorBar, ReferenceArea, ReferenceLine, Scatter, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { useChartColors } from "@/components/charts/use-chart-colors";
import { formatCount } from "@/lib/charts/format";
import type { ImpactKpiKind } from "@/lib/domain/training-impact";
import { formatEffect, formatEffectInterval } from "./impact-format";

export type EventPoint = { week: number; estimate: number | null; low: number | null; high: number | null; people: number; responses: number };

type Datum = EventPoint & { error: [number, number] | null };

/**
 * The effect by week relative to completion (week 0, the completion week, is left out), each with
 * its 95% bootstrap interval. The weeks before completion are shaded: they are the pre-trend check
 * (their effects should sit around the zero line).
 */
export function ImpactEventChart({ title, points, kind, preWeeks }: { title: string; points: EventPoint[]; kind: ImpactKpiKind; preWeeks: number }) {
  const colors = useChartColors();
  const data: Datum[] = points.map((p) => ({
    ...p,
    error: p.estimate !== null && p.low !== null && p.high !== null ? [p.estimate - p.low, p.high - p.estimate] : null,
  }));
  const postWeeks = Math.max(...points.map((p) => p.week), 1);
  return (
    <ChartCard
      title={title}
      headingLevel={3}
      description="Effect in each week since completing (trained against comparison people, over the same weeks), with 95% intervals."
      height={260}
      empty={data.every((d) => d.estimate === null)}
      emptyTitle="No week to show"
      emptyDescription="No trained person answered in these weeks."
      textAlternative={<EventTable title={title} data={data} kind={kind} />}
      footer={
        <p className="text-xs text-muted-foreground">
          Shaded: the {preWeeks} weeks before completion, the pre-trend check. Their effects should sit around zero; the completion week itself is left out.
        </p>
      }
    >
      <ComposedChart data={data} style={{ width: "100%", height: 260 }} responsive accessibilityLayer={false} margin={{ top: 16, right: 12, bottom: 8, left: 0 }}>
        <CartesianGrid vertical={false} stroke={colors.border} />
        <ReferenceArea
          x1={-preWeeks - 0.5}
          x2={-0.5}
          fill={colors["muted-foreground"]}
          fillOpacity={0.1}
          label={{ value: "pre-trend check", position: "insideTop", fontSize: 11, fill: colors["muted-foreground"] }}
        />
        <ReferenceLine y={0} stroke={colors.foreground} strokeWidth={1} />
        <ReferenceLine x={0} stroke={colors.border} strokeDasharray="4 4" />
        <XAxis
          type="number"
          dataKey="week"
          domain={[-preWeeks - 0.5, postWeeks + 0.5]}
          ticks={points.map((p) => p.week)}
          tickFormatter={(week: number) => (week > 0 ? `+${week}` : String(week).replace("-", "−"))}
          tick={{ fontSize: 12, fill: colors["muted-foreground"] }}
          stroke={colors["muted-foreground"]}
          label={{ value: "weeks since completing", position: "insideBottom", offset: -4, fontSize: 11, fill: colors["muted-foreground"] }}
          height={40}
        />
        <YAxis width={52} tickFormatter={(value: number) => formatEffect(value, kind)} tick={{ fontSize: 12, fill: colors["muted-foreground"] }} stroke={colors["muted-foreground"]} />
        <Tooltip content={(props) => <EventTooltip {...props} kind={kind} />} />
        <Scatter dataKey="estimate" fill={colors.primary} isAnimationActive={false}>
          <ErrorBar dataKey="error" direction="y" width={6} strokeWidth={1.5} stroke={colors.foreground} isAnimationActive={false} />
        </Scatter>
      </ComposedChart>
    </ChartCard>
  );
}

const weekLabel = (week: number) => (week < 0 ? `${-week} ${week === -1 ? "week" : "weeks"} before` : `${week} ${week === 1 ? "week" : "weeks"} after`);

function EventTooltip({ active, payload, kind }: TooltipContentProps & { kind: ImpactKpiKind }) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  return (
    <div className="rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="font-medium">{weekLabel(datum.week)}</p>
      {datum.estimate === null ? (
        <p>No trained person answered that week</p>
      ) : (
        <>
          <p>Effect {formatEffect(datum.estimate, kind)}</p>
          {datum.low !== null && datum.high !== null && <p>95% interval {formatEffectInterval(datum.low, datum.high, kind)}</p>}
          <p>
            {formatCount(datum.people)} trained people, {formatCount(datum.responses)} responses
          </p>
        </>
      )}
    </div>
  );
}

function EventTable({ title, data, kind }: { title: string; data: Datum[]; kind: ImpactKpiKind }) {
  return (
    <table>
      <caption>{title}: effect by week since completing</caption>
      <thead>
        <tr>
          <th scope="col">Week</th>
          <th scope="col">Effect</th>
          <th scope="col">95% interval</th>
          <th scope="col">Trained people</th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.week}>
            <td>{weekLabel(d.week)}</td>
            <td>{d.estimate === null ? "no responses" : formatEffect(d.estimate, kind)}</td>
            <td>{d.low !== null && d.high !== null ? formatEffectInterval(d.low, d.high, kind) : "none"}</td>
            <td>{formatCount(d.people)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
