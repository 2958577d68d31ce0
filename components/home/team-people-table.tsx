"use client";

import { useId, useMemo, useState } from "react";
import { Link } from "@/components/ui/link";
import { useTable, type SortingState } from "@tanstack/react-table";
import { Users } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ExportCsvButton } from "@/components/export/export-csv-button";
import { ariaSort, SortHeader } from "@/components/people/sort-header";
import { useScrollEdges } from "@/components/ui/use-scroll-edges";
import { cn } from "@/lib/utils";
import { LINK, type TeamLinks } from "./team-links";
import { teamColumns } from "./team-people-columns";
import { personRows, teamCsv, teamKpis, teamTableFeatures, type TeamPeople } from "./team-people-model";

// The person's name stays in view while the KPI columns scroll sideways.
const STICKY = "sticky left-0 z-10 bg-card px-4 shadow-[1px_0_0_var(--border)]";
const EDGE = "pointer-events-none absolute inset-y-0 z-20 w-10 from-foreground/15 to-transparent transition-opacity";

/** The team against target: a row per person, a column per KPI of the team's touch points. */
export function TeamPeopleTable({ data, periodLabel, links }: { data: TeamPeople; periodLabel: string; links: TeamLinks }) {
  const [filter, setFilter] = useState("");
  const [sorting, setSorting] = useState<SortingState>([{ id: "person", desc: false }]);
  const kpis = useMemo(() => teamKpis(data.rows), [data.rows]);
  const rows = useMemo(() => personRows(data), [data]);
  const columns = useMemo(() => teamColumns(kpis, links), [kpis, links]);
  const kpiOf = useMemo(() => new Map(kpis.map((kpi) => [kpi.kpiId, kpi])), [kpis]);
  const [scroller, edges] = useScrollEdges<HTMLDivElement>();
  const scrollNoteId = useId();
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
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
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
        <div className="grid grid-cols-[minmax(0,1fr)] gap-2">
          {edges.overflows && (
            <p id={scrollNoteId} className="text-sm text-muted-foreground">
              The table scrolls sideways for all {kpis.length} KPIs; the names stay in place.
            </p>
          )}
          <div className="relative rounded-lg border bg-card">
            <Table aria-label="Your team against target" aria-describedby={edges.overflows ? scrollNoteId : undefined} containerProps={{ ref: scroller, className: "rounded-lg" }}>
              <TableHeader>
                {table.getHeaderGroups().map((group) => (
                  <TableRow key={group.id}>
                    {group.headers.map((header) => {
                      const kpi = kpiOf.get(header.column.id);
                      return (
                        <TableHead key={header.id} aria-sort={ariaSort(header.column.getIsSorted())} className={header.index === 0 ? `${STICKY} align-bottom` : "min-w-28 px-3 py-2 align-bottom whitespace-normal"}>
                          <SortHeader
                            label={String(header.column.columnDef.header)}
                            sorted={header.column.getIsSorted()}
                            onToggle={header.column.getToggleSortingHandler()}
                            // A KPI's name wraps, so that more columns fit beside each other.
                            className={kpi ? "h-auto min-h-8 py-1 text-left" : undefined}
                          />
                          {kpi && (
                            <Link href={links.touchPoint(kpi.touchPointId)} className={cn(LINK, "block min-h-6 w-fit py-1 text-xs font-normal")}>
                              {kpi.touchPointName}
                            </Link>
                          )}
                        </TableHead>
                      );
                    })}
                  </TableRow>
                ))}
              </TableHeader>
              <TableBody>
                {viewRows.map((row) => (
                  <TableRow key={row.id}>
                    {row.getAllCells().map((cell, index) => (
                      <TableCell key={cell.id} className={index === 0 ? `${STICKY} align-top` : "px-3 align-top"}>
                        <table.FlexRender cell={cell} />
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {/* A shade on the side with more columns to see; it lets clicks through. */}
            <div aria-hidden="true" className={cn(EDGE, "right-0 rounded-r-lg bg-linear-to-l", edges.moreRight ? "opacity-100" : "opacity-0")} />
          </div>
        </div>
      )}
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {viewRows.length === 1 ? "1 person" : `${viewRows.length} people`}
        {filter ? " match the filter" : ""}. A figure needs at least its KPI&apos;s minimum sample; below it the cell says &ldquo;Not enough data&rdquo;.
      </p>
    </div>
  );
}
