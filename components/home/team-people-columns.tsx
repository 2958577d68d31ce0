"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { StatusBadge } from "@/components/charts/status-badge";
import { formatCount, formatValue } from "@/lib/charts/format";
import { unitOfKind } from "@/components/dashboard/kpi-unit";
import { statusOf, teamTableFeatures, type PersonRow, type TeamKpi } from "./team-people-model";

const helper = createColumnHelper<typeof teamTableFeatures, PersonRow>();

/** A person's column, then one per KPI: the figure with n and status; sorting puts "not enough data" last. */
export function teamColumns(kpis: readonly TeamKpi[]) {
  return helper.columns([
    helper.accessor("personName", {
      id: "person",
      header: "Person",
      sortFn: "alphanumeric",
      cell: (info) => <span className="font-medium whitespace-nowrap">{info.getValue()}</span>,
    }),
    ...kpis.map((kpi) =>
      helper.accessor((row) => row.figures[kpi.kpiId]?.value ?? undefined, {
        id: kpi.kpiId,
        header: kpi.kpiName,
        sortFn: "basic",
        sortUndefined: "last",
        enableGlobalFilter: false,
        cell: (info) => <FigureCell row={info.row.original} kpi={kpi} />,
      }),
    ),
  ]);
}

function FigureCell({ row, kpi }: { row: PersonRow; kpi: TeamKpi }) {
  const figure = row.figures[kpi.kpiId];
  if (!figure) return <span className="text-muted-foreground">Not theirs</span>;
  const status = statusOf(figure);
  return (
    <div data-kpi-cell={kpi.kpiName} className="grid gap-0.5 whitespace-nowrap">
      {figure.value === null ? (
        <span className="text-muted-foreground">
          <span aria-hidden="true">— </span>
          <StatusBadge status="not_enough_data" />
        </span>
      ) : (
        <>
          <span className="font-semibold tabular-nums">{formatValue(figure.value, unitOfKind(figure.kind))}</span>
          <StatusBadge status={status} />
        </>
      )}
      <span className="text-xs text-muted-foreground">
        n = {formatCount(figure.n)}
        {figure.value === null && figure.minSampleSize > figure.n && ` of ${formatCount(figure.minSampleSize)}`}
      </span>
    </div>
  );
}
