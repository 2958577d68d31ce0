import { Link } from "@/components/ui/link";
import { TrendingDown, TrendingUp } from "lucide-react";
import { Skeleton } from "@/components/ui/skeleton";
import { formatChange, formatInterval, formatValue, splitMovers, type Mover } from "@/lib/charts/format";
import { cn } from "@/lib/utils";

export type { Mover };

export type MoversListProps = {
  title: string;
  /** Every comparison made (significant or not), flagged after the correction for many comparisons. */
  movers: Mover[];
  /** How many comparisons the correction covered: the number of touch point x KPI pairs compared. */
  comparisons: number;
  /** The periods compared, such as "Last 30 days against the 30 days before". */
  periodLabel?: string;
  limit?: number;
  loading?: boolean;
  headingLevel?: 2 | 3;
  className?: string;
};

/**
 * The biggest significant movers: what got better and what got worse between two periods,
 * each with its change and 95% interval. Only changes still significant after the correction
 * for the number of comparisons are listed, so a noisy touch point does not make the list.
 */
export function MoversList({ title, movers, comparisons, periodLabel, limit = 5, loading, headingLevel = 2, className }: MoversListProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";
  const { improved, declined } = splitMovers(movers, limit);
  const correction = `Significant at 95% after correction for ${comparisons === 1 ? "1 comparison" : `${comparisons.toLocaleString("en-GB")} comparisons`} (Benjamini-Hochberg).`;
  return (
    <section data-chart aria-label={title} className={cn("grid gap-4 rounded-xl border bg-card p-4 text-card-foreground shadow-sm break-inside-avoid sm:p-6", className)}>
      <div className="grid gap-1">
        <Heading className="leading-none font-semibold">{title}</Heading>
        {periodLabel && <p className="text-sm text-muted-foreground">{periodLabel}</p>}
      </div>
      {loading ? (
        <div role="status" aria-label={`Loading ${title}`} className="grid gap-2">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-10" />
          ))}
        </div>
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <MoverGroup heading={<SubHeading className="flex items-center gap-1.5 text-sm font-semibold text-success"><TrendingUp aria-hidden="true" className="size-4" />Improved</SubHeading>} movers={improved} none="No significant improvement in this period." />
          <MoverGroup heading={<SubHeading className="flex items-center gap-1.5 text-sm font-semibold text-destructive"><TrendingDown aria-hidden="true" className="size-4" />Declined</SubHeading>} movers={declined} none="No significant decline in this period." />
        </div>
      )}
      <p className="text-xs text-muted-foreground">{correction}</p>
    </section>
  );
}

function MoverGroup({ heading, movers, none }: { heading: React.ReactNode; movers: Mover[]; none: string }) {
  return (
    <div className="grid content-start gap-2">
      {heading}
      {movers.length === 0 ? (
        <p className="text-sm text-muted-foreground">{none}</p>
      ) : (
        <ol className="grid gap-2">
          {movers.map((mover) => (
            <li key={mover.id} className="grid gap-0.5 rounded-lg border px-3 py-2">
              <div className="flex items-baseline justify-between gap-3">
                {mover.href ? (
                  <Link href={mover.href} className="font-medium underline-offset-4 hover:underline">
                    {mover.name}
                  </Link>
                ) : (
                  <span className="font-medium">{mover.name}</span>
                )}
                <span className="font-semibold tabular-nums whitespace-nowrap">
                  {mover.kpiLabel} {formatChange(mover.change, changeUnit(mover))}
                </span>
              </div>
              <p className="text-xs text-muted-foreground">
                {formatValue(mover.previous, mover.unit)} → {formatValue(mover.current, mover.unit)} · 95% interval of the change{" "}
                {formatInterval(mover.low, mover.high, changeUnit(mover), true)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** A change of a percentage is in percentage points, not percent. */
const changeUnit = (mover: Mover) => (mover.unit === "percent" ? "points" : mover.unit);
