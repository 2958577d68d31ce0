"use client";

import { Fragment, useId, useState } from "react";
import { Link } from "@/components/ui/link";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { History } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { FormAlert } from "@/components/forms/form-alert";
import { ExportCsvButton } from "@/components/export/export-csv-button";
import { fetchAllPages } from "@/lib/export/fetch-all-pages";
import { Pager } from "@/components/filters/pager";
import { DATE_PARAM, pageParam, UUID_PARAM, useUrlFilters, validParam } from "@/components/filters/use-url-filters";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { auditCsv } from "./audit-csv";
import { changesOf, humanise, showValue } from "./audit-diff";

type AuditEntry = RouterOutputs["audit"]["list"]["rows"][number];

const PAGE_SIZE = 25;
/** An export fetches every page of the current filters, up to this many entries (newest first). */
const EXPORT_MAX_ROWS = 10_000;
const FILTERS = ["entity", "action", "person", "from", "to"] as const;
type FilterName = (typeof FILTERS)[number];

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

const CODE = /^[a-z_.]{1,80}$/;

function readFilters(params: URLSearchParams) {
  return {
    entity: validParam(params, "entity", CODE),
    action: validParam(params, "action", CODE),
    person: validParam(params, "person", UUID_PARAM),
    from: validParam(params, "from", DATE_PARAM),
    to: validParam(params, "to", DATE_PARAM),
    page: pageParam(params),
  };
}

export function AuditLog() {
  const trpc = useTRPC();
  const { params, hrefWith, clearHref, setFilter } = useUrlFilters<FilterName>();
  const filters = readFilters(params);
  const filtered = FILTERS.some((name) => filters[name] !== "");
  const idPrefix = useId();

  const queryClient = useQueryClient();
  const listFilters = {
    entityType: filters.entity || undefined,
    action: filters.action || undefined,
    actorId: filters.person || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
  };
  const audit = useQuery(
    trpc.audit.list.queryOptions({ ...listFilters, page: filters.page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData }),
  );
  const loadExport = async () => {
    const all = await fetchAllPages(
      (page, pageSize) => queryClient.fetchQuery(trpc.audit.list.queryOptions({ ...listFilters, page, pageSize }, { staleTime: 0 })),
      { pageSize: 200, maxRows: EXPORT_MAX_ROWS, key: (entry) => entry.id },
    );
    return auditCsv(all.rows);
  };

  const data = audit.data;
  const withCurrent = (options: string[], current: string) => (current && !options.includes(current) ? [current, ...options] : options);
  const actors = data?.actors ?? [];
  const actorOptions =
    filters.person && !actors.some((actor) => actor.id === filters.person)
      ? [{ id: filters.person, name: "Selected person" }, ...actors]
      : actors;

  return (
    // minmax(0, 1fr): a wide table scrolls inside its own box instead of widening the page.
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <form
        role="search"
        aria-label="Filter the audit log"
        className="grid gap-4 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end"
        onSubmit={(event) => event.preventDefault()}
      >
        <FormField label="Entity type" htmlFor={`${idPrefix}-entity`}>
          <NativeSelect id={`${idPrefix}-entity`} value={filters.entity} onChange={(event) => setFilter("entity", event.target.value)}>
            <option value="">All types</option>
            {withCurrent(data?.entityTypes ?? [], filters.entity).map((type) => (
              <option key={type} value={type}>
                {humanise(type)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label="Action" htmlFor={`${idPrefix}-action`}>
          <NativeSelect id={`${idPrefix}-action`} value={filters.action} onChange={(event) => setFilter("action", event.target.value)}>
            <option value="">All actions</option>
            {withCurrent(data?.actions ?? [], filters.action).map((action) => (
              <option key={action} value={action}>
                {humanise(action)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label="Person" htmlFor={`${idPrefix}-person`}>
          <NativeSelect id={`${idPrefix}-person`} value={filters.person} onChange={(event) => setFilter("person", event.target.value)}>
            <option value="">Everyone</option>
            {actorOptions.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label="From" htmlFor={`${idPrefix}-from`}>
          <Input id={`${idPrefix}-from`} type="date" value={filters.from} max={filters.to || undefined} onChange={(event) => setFilter("from", event.target.value)} />
        </FormField>
        <FormField label="To" htmlFor={`${idPrefix}-to`}>
          <Input id={`${idPrefix}-to`} type="date" value={filters.to} min={filters.from || undefined} onChange={(event) => setFilter("to", event.target.value)} />
        </FormField>
        <div>
          {filtered ? (
            <Button asChild variant="outline">
              <Link href={clearHref} scroll={false}>
                Clear filters
              </Link>
            </Button>
          ) : (
            <Button type="button" variant="outline" disabled>
              Clear filters
            </Button>
          )}
        </div>
      </form>

      {audit.isError && <FormAlert message={errorMessage(audit.error)} />}

      {audit.isPending ? (
        <SkeletonRows label="Loading the audit log" count={6} rowClassName="h-8" className="rounded-lg border bg-card p-4" />
      ) : data && data.rows.length === 0 ? (
        filtered || filters.page > 1 ? (
          <EmptyState
            icon={<History />}
            title="No entries match these filters"
            description="Widen the dates or choose another type, action or person."
            action={
              <Button asChild variant="outline">
                <Link href={clearHref} scroll={false}>
                  Show all entries
                </Link>
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={<History />}
            title="No changes recorded yet"
            description="Every change to people, teams, journeys, touch points, KPIs and targets is recorded here, with who made it and when."
          />
        )
      ) : data ? (
        <>
          <div className="flex justify-end">
            <ExportCsvButton fileName="audit log" load={loadExport} note={exportNote(data.total, filtered)} />
          </div>
          <div className="rounded-lg border bg-card" aria-busy={audit.isFetching || undefined}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead className="px-4">Time</TableHead>
                  <TableHead className="px-4">Who</TableHead>
                  <TableHead className="px-4">Action</TableHead>
                  <TableHead className="px-4">Entity</TableHead>
                  <TableHead className="px-4">Change</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.rows.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} />
                ))}
              </TableBody>
            </Table>
          </div>
          <Pager
            label="Audit log pages"
            page={filters.page}
            pageSize={PAGE_SIZE}
            total={data.total}
            noun={["entry", "entries"]}
            hrefForPage={(page) => hrefWith({ page: page > 1 ? String(page) : "" })}
          />
        </>
      ) : null}
    </div>
  );
}

function exportNote(total: number, filtered: boolean): string {
  const matching = filtered ? " that match the filters" : "";
  if (total > EXPORT_MAX_ROWS) {
    return `Exports the newest ${EXPORT_MAX_ROWS.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} entries${matching}; narrow the dates for the rest.`;
  }
  return total === 1 ? `Exports the 1 entry${matching}.` : `Exports all ${total.toLocaleString("en-GB")} entries${matching}, not only this page.`;
}

const COMPACT_CHANGES = 2;

function AuditRow({ entry }: { entry: AuditEntry }) {
  const [expanded, setExpanded] = useState(false);
  const detailsId = `audit-${entry.id}-details`;
  const changes = changesOf(entry.before, entry.after);
  const created = entry.before === null && entry.after !== null;
  const removed = entry.after === null && entry.before !== null;
  const who = entry.actorName ?? (entry.actorId ? "A former member" : "System");
  const action = humanise(entry.action);

  return (
    <Fragment>
      <TableRow>
        <TableCell className="px-4 align-top">
          <time dateTime={entry.at.toISOString()}>{timeFormat.format(entry.at)}</time>
        </TableCell>
        <TableCell className="px-4 align-top">{who}</TableCell>
        <TableCell className="px-4 align-top">
          <span className="font-medium">{action}</span>
        </TableCell>
        <TableCell className="px-4 align-top">
          {humanise(entry.entityType)}
          {entry.entityId && (
            <span className="block font-mono text-xs text-muted-foreground" title={entry.entityId}>
              {entry.entityId.slice(0, 8)}
            </span>
          )}
        </TableCell>
        <TableCell className="max-w-md px-4 align-top whitespace-normal">
          {changes.length === 0 ? (
            <span className="text-muted-foreground">No field changes</span>
          ) : (
            <ul className="grid gap-0.5 text-xs">
              {(created ? [] : changes.slice(0, COMPACT_CHANGES)).map((change) => (
                <li key={change.field} className="break-words">
                  <span className="font-medium">{humanise(change.field)}:</span>{" "}
                  {removed ? (
                    showValue(change.before, 40)
                  ) : (
                    <>
                      <span className="text-muted-foreground line-through">{showValue(change.before, 30)}</span>
                      <span aria-hidden="true"> → </span>
                      <span className="sr-only"> changed to </span>
                      {showValue(change.after, 30)}
                    </>
                  )}
                </li>
              ))}
              {created && <li className="text-muted-foreground">Created with {changes.length === 1 ? "1 field" : `${changes.length} fields`}</li>}
              {!created && changes.length > COMPACT_CHANGES && (
                <li className="text-muted-foreground">and {changes.length - COMPACT_CHANGES} more</li>
              )}
            </ul>
          )}
          {changes.length > 0 && (
            <Button
              type="button"
              variant="link"
              size="sm"
              className="h-auto px-0 py-1 text-xs"
              aria-expanded={expanded}
              aria-controls={detailsId}
              onClick={() => setExpanded((value) => !value)}
            >
              {expanded ? "Hide details" : "Show details"}
              <span className="sr-only">
                {" "}
                of {action} by {who}
              </span>
            </Button>
          )}
        </TableCell>
      </TableRow>
      {expanded && (
        <TableRow id={detailsId} className="bg-muted/30 hover:bg-muted/30">
          <TableCell colSpan={5} className="px-4 py-3 whitespace-normal">
            <table className="w-full text-xs">
              <caption className="sr-only">
                Changes of {action} by {who}
              </caption>
              <thead>
                <tr className="text-left text-muted-foreground">
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Field
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Before
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    After
                  </th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.field} className="border-t align-top">
                    <th scope="row" className="py-1 pr-4 text-left font-medium">
                      {humanise(change.field)}
                    </th>
                    <td className="py-1 pr-4 font-mono break-all whitespace-pre-wrap">{showValue(change.before)}</td>
                    <td className="py-1 font-mono break-all whitespace-pre-wrap">{showValue(change.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableCell>
        </TableRow>
      )}
    </Fragment>
  );
}
