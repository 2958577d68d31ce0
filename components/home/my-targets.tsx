import { KpiFigure } from "@/components/charts/kpi-figure";
import { formatDay } from "@/lib/charts/format";
import type { RouterOutputs } from "@/lib/trpc/types";
import { unitOfKind, secondaryText } from "@/components/dashboard/kpi-unit";

type Me = RouterOutputs["dashboards"]["me"];
const SOURCE = { person: "your own target", team: "your team's target", organisation: "the organisation's target" } as const;

/**
 * "Am I on target?": each of my KPIs this week, this month and over the last 90 days against my
 * effective target, with n. A person's own week or month rarely holds a KPI's minimum sample;
 * the 90 days usually do, so there is a figure to act on while the shorter ones fill in.
 */
export function MyTargets({ data }: { data: Me }) {
  const range = (p: { from: string; to: string }) => (p.from === p.to ? formatDay(p.from) : `${formatDay(p.from)} – ${formatDay(p.to)}`);
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {data.kpis.map((kpi) => {
        const unit = unitOfKind(kpi.kind);
        const figure = (label: string, f: Me["kpis"][number]["thisWeek"]) => (
          <KpiFigure
            label={label}
            value={f.value}
            unit={unit}
            n={f.n}
            minSampleSize={kpi.minSampleSize}
            interval={f.interval}
            status={f.status}
            target={kpi.target.target}
            secondary={secondaryText(kpi.kind, f.secondary, kpi.scale)}
          />
        );
        return (
          <li key={kpi.kpiId} aria-label={kpi.name} className="grid gap-3 rounded-lg border p-4 break-inside-avoid">
            <div>
              <h3 className="font-semibold">{kpi.name}</h3>
              <p className="text-xs text-muted-foreground">
                {kpi.target.target === null ? "No target set" : `Against ${SOURCE[kpi.target.source]}`}
              </p>
            </div>
            {/* Three columns need a tablet's width; a phone reads the periods one under the other. */}
            <div className="grid gap-4 sm:grid-cols-3">
              {figure(`This week (${range(data.week)})`, kpi.thisWeek)}
              {figure(`This month (${range(data.month)})`, kpi.thisMonth)}
              {figure(`Last 90 days (${range(data.recent)})`, kpi.last90Days)}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
