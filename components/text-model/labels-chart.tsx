"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { useChartColors } from "@/components/charts/use-chart-colors";
import { SENTIMENT_CLASSES, SENTIMENT_LABEL_NAMES } from "@/lib/domain/sentiment";
import { formatCount } from "./format";

type Counts = { negative: number; neutral: number; positive: number; total: number };

/** How many labelled comments of each sentiment the organisation has: what the next training learns from. */
export function LabelsChart({ labels, minPerClass, loading }: { labels?: Counts; minPerClass: number; loading?: boolean }) {
  const colors = useChartColors();
  const data = SENTIMENT_CLASSES.map((label) => ({ label: SENTIMENT_LABEL_NAMES[label], n: labels?.[label] ?? 0 }));
  return (
    <ChartCard
      title="Labels per class"
      description={
        labels
          ? `${formatCount(labels.total)} labelled comments: imported with a label or corrected by your people. Training needs at least ${minPerClass} of each.`
          : undefined
      }
      loading={loading}
      empty={!labels || labels.total === 0}
      emptyTitle="No labelled comments yet"
      emptyDescription="Import feedback with a sentiment label column or correct labels in Responses."
      height={180}
      textAlternative={
        <table>
          <caption>Labels per class</caption>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.label}>
                <th scope="row">{datum.label}</th>
                <td>{formatCount(datum.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart data={data} layout="vertical" style={{ width: "100%", height: 180 }} responsive accessibilityLayer={false} margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
        <CartesianGrid horizontal={false} stroke={colors.border} />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: colors["muted-foreground"] }} stroke={colors["muted-foreground"]} />
        <YAxis type="category" dataKey="label" width={72} tick={{ fontSize: 12, fill: colors.foreground }} stroke={colors["muted-foreground"]} />
        <Bar dataKey="n" fill={colors.primary} fillOpacity={0.8} maxBarSize={32} isAnimationActive={false}>
          <LabelList dataKey="n" position="right" formatter={(value) => formatCount(Number(value))} fill={colors.foreground} fontSize={12} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
