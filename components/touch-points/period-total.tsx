import { KpiFigure } from "@/components/charts/kpi-figure";
import { secondaryText, unitOfKind } from "@/components/dashboard/kpi-unit";
import { formatDayRange } from "@/lib/period";
import { scaleDescription, topBoxText } from "@/lib/rating-scale";
import type { RouterOutputs } from "@/lib/trpc/types";

type Kpi = RouterOutputs["dashboards"]["touchPoint"]["kpis"][number];

const SOURCE = { organisation: "the organisation's", team: "your team's", person: "your own" } as const;

/** The KPI over the whole period (the weekly rows' total), against the target the viewer works to. */
export function PeriodTotal({ kpi, period }: { kpi: Kpi; period: { from: string; to: string } }) {
  const { total } = kpi;
  return (
    <section aria-label={`${kpi.name} over the period`} className="grid gap-2 rounded-xl border bg-card p-4 text-card-foreground sm:p-6">
      <KpiFigure
        label={`${kpi.name}, ${formatDayRange(period.from, period.to)}`}
        value={total.n === 0 ? null : total.value}
        unit={unitOfKind(kpi.kind)}
        n={total.n}
        minSampleSize={kpi.minSampleSize}
        interval={total.interval}
        status={total.status}
        target={total.target.target}
        secondary={secondaryText(kpi.kind, total.secondary, kpi.scale)}
      />
      <p className="text-xs text-muted-foreground">
        {total.n === 0 ? "No answers in this period." : `All answers of the period together, against ${SOURCE[total.target.source]} target.`}
        {kpi.scale && ` Rated on ${scaleDescription(kpi.scale)}; the top box is ${topBoxText(kpi.scale)}.`}
      </p>
    </section>
  );
}
