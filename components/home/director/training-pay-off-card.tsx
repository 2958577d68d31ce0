"use client";

import { useQuery } from "@tanstack/react-query";
import { GraduationCap } from "lucide-react";
import { formatEffect, formatEffectInterval, people, VERDICT_BADGE, VERDICT_LABEL } from "@/components/training/impact-format";
import { impactHref } from "@/components/training/impact-ranking";
import { FormAlert } from "@/components/forms/form-alert";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";

const SHOWN = 4;

/**
 * "Is training paying off?": the modules and coaching with the largest measured effect on a
 * customer KPI (as a share of the KPI's range), each with its interval and n, saying plainly where
 * nothing can be concluded; the full ranking and each chart are a click away.
 */
export function TrainingPayOffCard() {
  const trpc = useTRPC();
  const overview = useQuery(trpc.trainingImpact.overview.queryOptions());
  const rows = overview.data?.rows ?? [];
  const estimated = rows.filter((row) => row.estimate !== null);
  const clear = estimated.filter((row) => row.verdict === "improved" || row.verdict === "worsened").length;
  const short = rows.length - estimated.length;
  return (
    <section aria-labelledby="training-pay-off" className="grid content-start gap-3 rounded-xl border bg-card p-4 text-card-foreground shadow-sm sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="training-pay-off" className="flex items-center gap-2 leading-none font-semibold">
          <span aria-hidden="true" className="text-muted-foreground [&_svg]:size-4">
            <GraduationCap />
          </span>
          Training pay-off
        </h2>
        <Link href="/training/impact" className="text-sm underline underline-offset-4">
          All training impact
        </Link>
      </div>
      <p className="text-sm font-medium">Is training paying off?</p>
      <FormAlert message={overview.error ? errorMessage(overview.error) : null} />
      {!overview.data && !overview.error ? (
        <div role="status" aria-label="Loading training pay-off">
          <Skeleton className="h-40 w-full" />
        </div>
      ) : rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          Nobody has completed a module linked to a touch point, or been coached about one, so there is nothing to measure yet.
        </p>
      ) : (
        <>
          <p className="text-sm text-muted-foreground">
            {clear === 0
              ? "No training shows a clear effect yet: every interval includes zero or the data is short, so nothing can be concluded."
              : `${clear} of ${rows.length} measured results show a clear effect (the 95% interval excludes zero).`}
            {short > 0 && ` ${short} ${short === 1 ? "has" : "have"} not enough data yet.`}
          </p>
          <ul className="grid gap-2">
            {estimated.slice(0, SHOWN).map((row) => (
              <li key={`${row.intervention}-${row.id}-${row.kpiId}`} className="grid gap-1 rounded-lg border p-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={impactHref(row)} className="font-medium underline underline-offset-4">
                    {row.title}
                  </Link>
                  <Badge variant={VERDICT_BADGE[row.verdict]}>{VERDICT_LABEL[row.verdict]}</Badge>
                </div>
                <p>
                  {row.kpiName} at {row.touchPointName}: <span className="font-semibold tabular-nums">{formatEffect(row.estimate!, row.kind)}</span>
                  {row.low !== null && row.high !== null && <span className="text-muted-foreground tabular-nums"> (95% interval {formatEffectInterval(row.low, row.high, row.kind)})</span>}
                </p>
                <p className="text-xs text-muted-foreground">
                  {people(row.treatedPeople)} trained against {people(row.controlPeople)} not yet trained
                  {row.preTrendDiverges && " · pre-trends diverge: the estimate may be biased"}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
