import { TrendingDown, TrendingUp } from "lucide-react";
import { formatChange, formatDay, formatInterval } from "@/lib/charts/format";
import { unitOfKind } from "@/components/dashboard/kpi-unit";
import type { TeamPeople } from "./team-people-model";

type Movement = TeamPeople["improved"][number];

/**
 * Who is improving and who needs help: only changes on the previous period that stay significant
 * after the Benjamini-Hochberg correction over the team's comparisons.
 */
export function TeamMovers({ data }: { data: TeamPeople }) {
  const kindOf = new Map(data.rows.map((row) => [row.kpiId, row.kind]));
  const comparisons = data.rows.filter((row) => row.change !== null).length;
  return (
    <div className="grid gap-4">
      <div className="grid gap-6 md:grid-cols-2">
        <MovementList title="Improving" icon={<TrendingUp aria-hidden="true" className="size-4 text-success" />} items={data.improved} kindOf={kindOf} empty="No one improved significantly on the previous period." />
        <MovementList title="Needs help" icon={<TrendingDown aria-hidden="true" className="size-4 text-destructive" />} items={data.declined} kindOf={kindOf} empty="No one declined significantly on the previous period." />
      </div>
      <p className="text-xs text-muted-foreground">
        Compared with {formatDay(data.previous.from, true)} – {formatDay(data.previous.to, true)}; significant at 95% after correction for {comparisons} comparisons (Benjamini-Hochberg). A change needs enough answers in both periods.
      </p>
    </div>
  );
}

function MovementList({ title, icon, items, kindOf, empty }: { title: string; icon: React.ReactNode; items: Movement[]; kindOf: Map<string, TeamPeople["rows"][number]["kind"]>; empty: string }) {
  const sorted = [...items].sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  return (
    <section aria-label={title} className="grid content-start gap-2">
      <h3 className="flex items-center gap-2 text-sm font-semibold">
        {icon}
        {title}
      </h3>
      {sorted.length === 0 ? (
        <p className="text-sm text-muted-foreground">{empty}</p>
      ) : (
        <ul className="grid gap-2">
          {sorted.map((item) => {
            const unit = unitOfKind(kindOf.get(item.kpiId) ?? "rating");
            return (
              <li key={`${item.personId}-${item.kpiId}`} className="rounded-md border px-3 py-2 text-sm">
                <span className="font-medium">{item.personName}</span> · {item.kpiName}{" "}
                <span className="font-semibold tabular-nums">{formatChange(item.change, unit)}</span>
                <span className="block text-xs text-muted-foreground">95% interval {formatInterval(item.interval.low, item.interval.high, unit, true)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
