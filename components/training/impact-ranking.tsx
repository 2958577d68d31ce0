"use client";

import { useQuery } from "@tanstack/react-query";
import { GraduationCap } from "lucide-react";
import { FormAlert } from "@/components/forms/form-alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCount } from "@/lib/charts/format";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { formatEffect, formatEffectInterval, VERDICT_BADGE, VERDICT_LABEL } from "./impact-format";

export type OverviewRow = RouterOutputs["trainingImpact"]["overview"]["rows"][number];

export const impactHref = (row: Pick<OverviewRow, "intervention" | "id">) =>
  row.intervention === "module" ? `/training/impact/module/${row.id}` : `/training/impact/coaching/${row.id}`;

/** Every module and coaching with its measured effect per KPI, best first (as a share of each KPI's range). */
export function ImpactRanking() {
  const trpc = useTRPC();
  const overview = useQuery(trpc.trainingImpact.overview.queryOptions());
  if (overview.error) return <FormAlert message={errorMessage(overview.error)} />;
  if (!overview.data) {
    return (
      <div role="status" aria-label="Loading training impact">
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }
  const rows = overview.data.rows;
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={<GraduationCap />}
        title="No completed training or coaching yet"
        description="Once people complete a module linked to a touch point, or are coached about one, its measured effect on that touch point's KPIs appears here."
      />
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Training</TableHead>
            <TableHead>Touch point and KPI</TableHead>
            <TableHead>Effect (95% interval)</TableHead>
            <TableHead>Verdict</TableHead>
            <TableHead>People (trained / comparison)</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.intervention}-${row.id}-${row.kpiId}`}>
              <TableCell className="font-medium whitespace-normal">
                <Link href={impactHref(row)} className="underline underline-offset-4">
                  {row.title}
                </Link>
              </TableCell>
              <TableCell className="whitespace-normal">
                {row.touchPointName} · {row.kpiName}
              </TableCell>
              <TableCell className="tabular-nums whitespace-normal">
                {row.estimate === null ? (
                  <span className="text-muted-foreground">{row.reason}</span>
                ) : (
                  <>
                    {formatEffect(row.estimate, row.kind)}
                    {row.low !== null && row.high !== null && <span className="text-muted-foreground"> ({formatEffectInterval(row.low, row.high, row.kind)})</span>}
                  </>
                )}
              </TableCell>
              <TableCell>
                <div className="flex flex-wrap gap-1">
                  <Badge variant={VERDICT_BADGE[row.verdict]}>{VERDICT_LABEL[row.verdict]}</Badge>
                  {row.preTrendDiverges && <Badge variant="warning">Pre-trends diverge</Badge>}
                </div>
              </TableCell>
              <TableCell className="tabular-nums">
                {formatCount(row.treatedPeople)} / {formatCount(row.controlPeople)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
