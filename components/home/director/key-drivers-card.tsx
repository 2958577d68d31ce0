"use client";

import { Star } from "lucide-react";
import { TableCard } from "@/components/dashboard/table-card";
import { NO_FEEDBACK_DESCRIPTION } from "@/components/dashboard/no-feedback";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatChange, formatCount, formatInterval, formatValue } from "@/lib/charts/format";
import type { RouterOutputs } from "@/lib/trpc/types";
import { DriverBar } from "./driver-bar";

type Drivers = RouterOutputs["dashboards"]["keyDrivers"];

const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 100) / 100);

/**
 * Which touch points go with the overall outcome: the rating gap between customers with the
 * outcome and the others, largest first, with its interval. An association, not a cause.
 */
export function KeyDriversCard({ drivers, loading }: { drivers: Drivers | undefined; loading: boolean }) {
  const rows = (drivers?.drivers ?? []).filter((d) => d.difference !== null);
  const outcome = drivers ? `${drivers.outcome.attribute} = ${drivers.outcome.value}` : "";
  const scale = Math.max(0.5, ...rows.map((d) => Math.max(Math.abs(d.interval?.low ?? 0), Math.abs(d.interval?.high ?? 0))));
  const csv = {
    headers: ["Touch point", "Mean rating with outcome", "n with outcome", "Mean rating others", "n others", "Difference", "95% low", "95% high"],
    rows: rows.map((d) => [d.touchPointName, round(d.outcome.meanRating), d.outcome.n, round(d.rest.meanRating), d.rest.n, round(d.difference), round(d.interval?.low), round(d.interval?.high)]),
  };
  return (
    <TableCard
      title="Key drivers"
      description={
        drivers
          ? `How much higher each touch point is rated (in points of its own rating scale) by customers with ${outcome} than by the others, with its 95% interval. An association, not proof of cause.`
          : "Which touch points go with overall satisfaction."
      }
      csv={csv}
      loading={loading}
      empty={rows.length === 0}
      emptyTitle="Not enough answers with an overall outcome"
      emptyDescription={NO_FEEDBACK_DESCRIPTION}
    >
      <Table scrollLabel="Touch points by rating gap">
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Touch point</TableHead>
            <TableHead scope="col" className="text-right">Difference</TableHead>
            <TableHead scope="col" className="w-40">
              <span className="sr-only">Difference and interval as a bar</span>
            </TableHead>
            <TableHead scope="col">95% interval</TableHead>
            <TableHead scope="col" className="text-right">n (with / others)</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((d) => (
            <TableRow key={d.touchPointId}>
              <TableCell className="font-medium">
                <span className="inline-flex items-center gap-1">
                  {d.touchPointName}
                  {d.isMomentOfTruth && <Star aria-label="moment of truth" className="size-3.5 fill-current" />}
                </span>
              </TableCell>
              <TableCell className="text-right font-semibold tabular-nums">{formatChange(d.difference!, "mean")}</TableCell>
              <TableCell>
                <DriverBar difference={d.difference!} interval={d.interval} scale={scale} />
              </TableCell>
              <TableCell className="text-sm text-muted-foreground tabular-nums">{d.interval ? formatInterval(d.interval.low, d.interval.high, "mean", true) : "—"}</TableCell>
              <TableCell className="text-right text-sm text-muted-foreground tabular-nums" title={`Mean ${formatValue(d.outcome.meanRating ?? 0)} vs ${formatValue(d.rest.meanRating ?? 0)}`}>
                {formatCount(d.outcome.n)} / {formatCount(d.rest.n)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableCard>
  );
}
