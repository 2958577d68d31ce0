import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from "@tanstack/react-table";
import type { RouterOutputs } from "@/lib/trpc/types";
import type { CsvData } from "@/lib/export/csv";
import type { TargetStatus } from "@/components/charts/status-badge";
import { STATUS } from "@/components/charts/status-badge";

export type TeamPeople = RouterOutputs["dashboards"]["teamPeople"];
export type TeamFigure = TeamPeople["rows"][number];
export type TeamKpi = Pick<TeamFigure, "kpiId" | "kpiName" | "kind" | "unit" | "direction" | "scale" | "touchPointId" | "touchPointName" | "minSampleSize">;
/** One row of the table: a person and their figure for each KPI (by KPI id). */
export type PersonRow = { personId: string; personName: string; figures: Record<string, TeamFigure> };

export const teamTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString },
});

/** The team's KPIs in the order of their touch points, each once. */
export function teamKpis(rows: readonly TeamFigure[]): TeamKpi[] {
  const byId = new Map<string, TeamKpi>();
  for (const row of rows) if (!byId.has(row.kpiId)) byId.set(row.kpiId, row);
  return [...byId.values()].sort((a, b) => a.touchPointName.localeCompare(b.touchPointName) || a.kpiName.localeCompare(b.kpiName));
}

/** The server's figures (one per person and KPI) pivoted to one row per person. */
export function personRows(data: TeamPeople): PersonRow[] {
  const byPerson = new Map(data.people.map((p) => [p.id, { personId: p.id, personName: p.name, figures: {} as Record<string, TeamFigure> }]));
  for (const row of data.rows) {
    const person = byPerson.get(row.personId);
    if (person) person.figures[row.kpiId] = row;
  }
  return [...byPerson.values()];
}

/** A person's status for a KPI; a KPI that does not apply to them reads as "not enough data". */
export const statusOf = (figure: TeamFigure | undefined): TargetStatus => figure?.status ?? "not_enough_data";

/**
 * The table's current view (filtered and sorted) as CSV: each KPI as its value, n and status, so
 * the file is as honest as the screen (no figure below the minimum sample, every figure with n).
 */
export function teamCsv(kpis: readonly TeamKpi[], rows: readonly PersonRow[]): CsvData {
  const headers = ["Person", ...kpis.flatMap((kpi) => [kpi.kpiName, `${kpi.kpiName} n`, `${kpi.kpiName} status`])];
  return {
    headers,
    rows: rows.map((row) => [
      row.personName,
      ...kpis.flatMap((kpi) => {
        const figure = row.figures[kpi.kpiId];
        return [figure?.value === null || !figure ? null : Number(figure.value.toFixed(2)), figure?.n ?? 0, STATUS[statusOf(figure)].label];
      }),
    ]),
  };
}
