"use client";

import { TableCard } from "@/components/dashboard/table-card";
import { unitOfKind } from "@/components/dashboard/kpi-unit";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCount, formatInterval, formatValue, notEnoughData } from "@/lib/charts/format";
import type { RouterOutputs } from "@/lib/trpc/types";

type Kpi = RouterOutputs["dashboards"]["touchPoint"]["kpis"][number];

const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 100) / 100);

/**
 * One KPI person by person (the people the viewer may see), each with n; below the minimum sample
 * no figure. `yourPeopleOnly`: a lead at another team's touch point sees only the people they lead.
 */
export function StaffBreakdownCard({ kpi, loading, yourPeopleOnly = false }: { kpi: Kpi | undefined; loading: boolean; yourPeopleOnly?: boolean }) {
  const rows = kpi?.staff ?? [];
  const unit = kpi ? unitOfKind(kpi.kind) : "mean";
  const title = kpi ? `${kpi.name} by staff member` : "Staff breakdown";
  const csv = {
    headers: ["Staff member", kpi?.name ?? "Value", "95% low", "95% high", "n"],
    rows: rows.map((r) => [r.name, round(r.value), round(r.interval?.low), round(r.interval?.high), r.n]),
  };
  return (
    <TableCard
      title={title}
      description="Answers attributed to each person in this period. Below the minimum sample there is no figure."
      csv={csv}
      loading={loading}
      empty={rows.length === 0}
      emptyTitle={yourPeopleOnly ? "None of the people you lead served here in this period" : "No answers attributed to staff"}
      emptyDescription={
        yourPeopleOnly
          ? "Another team owns this touch point: you see the answers about the people you lead, and its own team's people are theirs to follow."
          : "Feedback names a staff member when the survey link or the import carries one."
      }
    >
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Staff member</TableHead>
            <TableHead scope="col" className="text-right">
              {kpi?.name}
            </TableHead>
            <TableHead scope="col">95% interval</TableHead>
            <TableHead scope="col" className="text-right">n</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.staffId}>
              <TableCell className="font-medium">{r.name}</TableCell>
              <TableCell className="text-right tabular-nums">
                {r.value === null ? <span className="text-sm text-muted-foreground">{notEnoughData(r.n, kpi?.minSampleSize)}</span> : formatValue(r.value, unit)}
              </TableCell>
              <TableCell className="text-sm text-muted-foreground tabular-nums">{r.interval ? formatInterval(r.interval.low, r.interval.high, unit) : "—"}</TableCell>
              <TableCell className="text-right tabular-nums">{formatCount(r.n)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableCard>
  );
}
