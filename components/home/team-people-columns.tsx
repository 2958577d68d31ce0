"use client";

import { Link } from "@/components/ui/link";
import { createColumnHelper } from "@tanstack/react-table";
import { StatusBadge } from "@/components/charts/status-badge";
import { formatCount, formatValue } from "@/lib/charts/format";
import { unitOfKind } from "@/components/dashboard/kpi-unit";
import { LINK, type TeamLinks } from "./team-links";
import { statusOf, teamTableFeatures, type PersonRow, type TeamKpi } from "./team-people-model";

const helper = createColumnHelper<typeof teamTableFeatures, PersonRow>();

/**
 * A person's column, then one per KPI: the figure with n and status; sorting puts "not enough
 * data" last. A name leads to the person's responses, a figure to their responses at its touch point.
 */
export function teamColumns(kpis: readonly TeamKpi[], links: TeamLinks) {
  return helper.columns([
    helper.accessor("personName", {
      id: "person",
      header: "Person",
      sortFn: "alphanumeric",
      cell: (info) => (
        <Link href={links.responses(info.row.original.personId)} className={`${LINK} whitespace-nowrap`} aria-label={`${info.getValue()}: their responses`}>
          {info.getValue()}
        </Link>
      ),
    }),
    ...kpis.map((kpi) =>
      helper.accessor((row) => row.figures[kpi.kpiId]?.value ?? undefined, {
        id: kpi.kpiId,
        header: kpi.kpiName,
        sortFn: "basic",
        sortUndefined: "last",
        enableGlobalFilter: false,
        cell: (info) => <FigureCell row={info.row.original} kpi={kpi} href={links.responses(info.row.original.personId, kpi.touchPointId)} />,
      }),
    ),
  ]);
}

function FigureCell({ row, kpi, href }: { row: PersonRow; kpi: TeamKpi; href: string }) {
  const figure = row.figures[kpi.kpiId];
  if (!figure) return <span className="text-muted-foreground">Not theirs</span>;
  const status = statusOf(figure);
  const responses = `${row.personName}'s responses at ${kpi.touchPointName}`;
  // One string, so the link's name starts with exactly the words it shows (label in name).
  const sample = `n = ${formatCount(figure.n)}${figure.value === null && figure.minSampleSize > figure.n ? ` of ${formatCount(figure.minSampleSize)}` : ""}`;
  return (
    <div data-kpi-cell={kpi.kpiName} className="grid gap-0.5 whitespace-nowrap">
      {figure.value === null ? (
        <span className="text-muted-foreground">
          <span aria-hidden="true">— </span>
          <StatusBadge status="not_enough_data" />
        </span>
      ) : (
        <>
          <Link href={href} className={`${LINK} w-fit font-semibold tabular-nums`} aria-label={`${formatValue(figure.value, unitOfKind(figure.kind))}: ${responses}`}>
            {formatValue(figure.value, unitOfKind(figure.kind))}
          </Link>
          <StatusBadge status={status} />
        </>
      )}
      {/* Too few answers for a figure still leaves answers to read. */}
      {figure.value === null && figure.n > 0 ? (
        <Link href={href} className="w-fit text-xs text-muted-foreground underline decoration-muted-foreground/60 underline-offset-4" aria-label={`${sample}: ${responses}`}>
          {sample}
        </Link>
      ) : (
        <span className="text-xs text-muted-foreground">{sample}</span>
      )}
    </div>
  );
}
