"use client";

import { useEffect, useState } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTable, type SortingState } from "@tanstack/react-table";
import { UserRound } from "lucide-react";
import { Checkbox } from "@/components/ui/checkbox";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { FormAlert } from "@/components/forms/form-alert";
import { ExportCsvButton } from "@/components/export/export-csv-button";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { managedPeopleColumns, readOnlyPeopleColumns } from "./people-columns";
import { FILTERABLE_COLUMNS, peopleTableFeatures, type Person } from "./people-table-model";
import { ariaSort, SortHeader } from "./sort-header";

const NO_PEOPLE: Person[] = [];

export function PeopleTable({ canManage }: { canManage: boolean }) {
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const [filter, setFilter] = useState(() => searchParams.get("q") ?? "");
  const [includeInactive, setIncludeInactive] = useState(() => searchParams.get("inactive") === "1");
  const [sorting, setSorting] = useState<SortingState>([{ id: "name", desc: false }]);

  // Filters live in the URL so a view can be shared; replaceState avoids a server round trip.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (filter) params.set("q", filter);
    else params.delete("q");
    if (includeInactive) params.set("inactive", "1");
    else params.delete("inactive");
    const query = params.toString();
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
  }, [filter, includeInactive, pathname]);

  const people = useQuery(
    trpc.users.list.queryOptions({ includeInactive }, { placeholderData: keepPreviousData }),
  );

  const table = useTable({
    features: peopleTableFeatures,
    columns: canManage ? managedPeopleColumns : readOnlyPeopleColumns,
    data: people.data ?? NO_PEOPLE,
    getRowId: (person) => person.id,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    globalFilterFn: "includesString",
    getColumnCanGlobalFilter: (column) => FILTERABLE_COLUMNS.has(column.id),
  });
  const rows = table.getRowModel().rows;

  return (
    <div className="grid grid-cols-1 gap-4">
      <div data-print-hidden className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="grid w-full gap-2 sm:max-w-xs">
          <Label htmlFor="people-filter">Filter people</Label>
          <Input
            id="people-filter"
            type="search"
            placeholder="Name, email, role or team"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <div className="flex items-center gap-2">
            <Checkbox
              id="include-inactive"
              checked={includeInactive}
              onCheckedChange={(checked) => setIncludeInactive(checked === true)}
            />
            <Label htmlFor="include-inactive">Include deactivated</Label>
          </div>
          <ExportCsvButton fileName={canManage ? "people" : "my team"} table={table} disabled={rows.length === 0} />
        </div>
      </div>

      {people.isError && <FormAlert message={errorMessage(people.error)} />}

      {people.isPending ? (
        <PeopleSkeleton />
      ) : people.isSuccess && people.data.length === 0 ? (
        <EmptyState
          icon={<UserRound />}
          title="No people yet"
          description={
            canManage
              ? "Invite the people of your organisation; they appear here once they accept."
              : "No one is in the teams you lead yet. A director adds people to teams."
          }
        />
      ) : people.isSuccess && rows.length === 0 ? (
        <EmptyState
          icon={<UserRound />}
          title="No one matches this filter"
          description={`Nobody's name, email, role or team contains “${filter}”.`}
        />
      ) : people.isSuccess ? (
        <div className="rounded-lg border bg-card" aria-busy={people.isFetching || undefined}>
          <Table>
            <TableHeader>
              {table.getHeaderGroups().map((group) => (
                <TableRow key={group.id}>
                  {group.headers.map((header) => {
                    const sortable = header.column.getCanSort();
                    const sorted = header.column.getIsSorted();
                    return (
                      <TableHead key={header.id} aria-sort={sortable ? ariaSort(sorted) : undefined} className="px-4">
                        {sortable ? (
                          <SortHeader
                            label={String(header.column.columnDef.header)}
                            sorted={sorted}
                            onToggle={header.column.getToggleSortingHandler()}
                          />
                        ) : (
                          <table.FlexRender header={header} />
                        )}
                      </TableHead>
                    );
                  })}
                </TableRow>
              ))}
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} className={row.original.active ? undefined : "text-muted-foreground"}>
                  {row.getAllCells().map((cell) => (
                    <TableCell key={cell.id} className="px-4">
                      <table.FlexRender cell={cell} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {people.isSuccess && rows.length > 0 && (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {rows.length === 1 ? "1 person" : `${rows.length} people`}
          {filter ? " match the filter" : ""}
        </p>
      )}
    </div>
  );
}

function PeopleSkeleton() {
  return (
    <SkeletonRows label="Loading people" count={5} rowClassName="h-8" className="rounded-lg border bg-card p-4" />
  );
}
