import { Link } from "@/components/ui/link";
import { TrendingUp } from "lucide-react";
import { formatChange, formatDay, formatInterval } from "@/lib/charts/format";
import { unitOfKind } from "@/components/dashboard/kpi-unit";
import { LINK, type TeamLinks } from "./team-links";
import type { TeamPeople } from "./team-people-model";


/**
 * Who is improving: only changes on the previous period that stay significant after the
 * Benjamini-Hochberg correction over the team's comparisons (declines are in "Needs help").
 */
export function TeamMovers({ data, links }: { data: TeamPeople; links: TeamLinks }) {
  const kindOf = new Map(data.rows.map((row) => [row.kpiId, row.kind]));
  const comparisons = data.rows.filter((row) => row.change !== null).length;
  const sorted = [...data.improved].sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  return (
    <section aria-label="Improving" className="grid content-start gap-2">
      {sorted.length === 0 ? (
        <p className="text-sm text-muted-foreground">No one improved significantly on the previous period.</p>
      ) : (
        <ul className="grid gap-2 md:grid-cols-2">
          {sorted.map((item) => {
            const unit = unitOfKind(kindOf.get(item.kpiId) ?? "rating");
            return (
              <li key={`${item.personId}-${item.kpiId}`} className="rounded-md border px-3 py-2 text-sm">
                <TrendingUp aria-hidden="true" className="mr-1.5 inline size-4 text-success" />
                <Link href={links.responses(item.personId, item.touchPointId)} className={LINK} aria-label={`${item.personName}: their responses for ${item.kpiName}`}>
                  {item.personName}
                </Link>{" "}
                ·{" "}
                <Link href={links.touchPoint(item.touchPointId)} className={LINK}>
                  {item.kpiName}
                </Link>{" "}
                <span className="font-semibold tabular-nums">{formatChange(item.change, unit)}</span>
                <span className="block text-xs text-muted-foreground">95% interval {formatInterval(item.interval.low, item.interval.high, unit, true)}</span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="text-xs text-muted-foreground">
        Compared with {formatDay(data.previous.from, true)} – {formatDay(data.previous.to, true)}; significant at 95% after correction for {comparisons} comparisons (Benjamini-Hochberg). A change needs enough answers in both periods.
      </p>
    </section>
  );
}
