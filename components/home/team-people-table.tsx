"use client";

import { useMemo, useState } from "react";
import { useTable, type SortingState } from "@tanstack/react-table";
import { Users } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ExportCsvButton } from "@/components/export/export-csv-button";
import { ariaSort, SortHeader } from "@/components/people/sort-header";
import { teamColumns } from "./team-people-columns";
import { personRows, teamCsv, teamKpis, teamTableFeatures, type TeamPeople } from "./team-people-model";

// The person's name stays in view while the KPI columns scroll sideways.
const STICKY = "sticky left-0 z-10 bg-card px-4 shadow-[1px_0_0_var(--border)]";

/** The team against target: a row per person, a column per KPI of the team's touch points. */
export function TeamPeopleTable({ data, periodLabel }: { data: TeamPeople; periodLabel: string }) {
  const [filter, setFilter] = useState("");
  const [sorting, setSorting] = useState<SortingState>([{ id: "person", desc: false }]);
  const kpis = useMemo(() => teamKpis(data.rows), [data.rows]);
  const rows = useMemo(() => personRows(data), [data]);
  const columns = useMemo(() => teamColumns(kpis), [kpis]);
  const table = useTable({
    features: teamTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.personId,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    globalFilterFn: "includesString",
  });
  const viewRows = table.getRowModel().rows;

  if (rows.length === 0) {
    return <EmptyState icon={<Users />} title="No one in your team yet" description="A director adds people to the teams you lead; their figures appear here." />;
  }
  return (
    <div className="grid gap-4">
      <div data-print-hidden className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="grid w-full gap-2 sm:max-w-xs">
          <Label htmlFor="team-filter">Filter people</Label>
          <Input id="team-filter" type="search" placeholder="Name" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </div>
        <ExportCsvButton
          fileName={`team against target ${periodLabel}`}
          load={async () => teamCsv(kpis, viewRows.map((row) => row.original))}
          disabled={viewRows.length === 0}
        />
      </div>
      {viewRows.length === 0 ? (
        <EmptyState icon={<Users />} title="No one matches this filter" description={`Nobody's name contains “${filter}”. Clear the filter to see everyone.`} />
      ) : (
        <div className="overflow-x-auto rounded-lg border bg-card">
          <Table aria-label="Your team against target">
            <TableHeader>
              {table.getHeaderGroups().map((group) => (
                <TableRow key={group.id}>
                  {group.headers.map((header) => (
                    <TableHead key={header.id} aria-sort={ariaSort(header.column.getIsSorted())} className={header.index === 0 ? `${STICKY} align-bottom` : "px-4 align-bottom"}>
                      <SortHeader label={String(header.column.columnDef.header)} sorted={header.column.getIsSorted()} onToggle={header.column.getToggleSortingHandler()} />
                    </TableHead>
                  ))}
                </TableRow>
              ))}
            </TableHeader>
            <TableBody>
              {viewRows.map((row) => (
                <TableRow key={row.id}>
                  {row.getAllCells().map((cell, index) => (
                    <TableCell key={cell.id} className={index === 0 ? `${STICKY} align-top` : "px-4 align-top"}>
                      <table.FlexRender cell={cell} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {viewRows.length === 1 ? "1 person" : `${viewRows.length} people`}
        {filter ? " match the filter" : ""}. A figure needs at least its KPI&apos;s minimum sample; below it the cell says &ldquo;Not enough data&rdquo;.
      </p>
    </div>
  );
}
