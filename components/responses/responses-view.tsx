"use client";

import { useId, useMemo } from "react";
import { Link } from "@/components/ui/link";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTable } from "@tanstack/react-table";
import { Download, MessageSquareText } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { FormAlert } from "@/components/forms/form-alert";
import { Pager } from "@/components/filters/pager";
import { DATE_PARAM, listParam, pageParam, UUID_PARAM, useUrlFilters, validParam } from "@/components/filters/use-url-filters";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import { FEEDBACK_SOURCE_LABELS, FEEDBACK_SOURCES } from "@/lib/domain/feedback";
import type { Role } from "@/lib/domain/roles";
import { SENTIMENT_LABEL_NAMES, SENTIMENT_LABELS } from "@/lib/domain/sentiment";
import { PHONE_CELL_CLASS, responseColumns, responseTableFeatures, type ResponseRow } from "./response-columns";

const PAGE_SIZE = 25;
const FILTERS = ["q", "touchPoint", "staff", "theme", "sentiment", "source", "comment", "from", "to"] as const;
type FilterName = (typeof FILTERS)[number];
const NO_ROWS: ResponseRow[] = [];

function readFilters(params: URLSearchParams) {
  return {
    q: (params.get("q") ?? "").slice(0, 200),
    touchPoint: validParam(params, "touchPoint", UUID_PARAM),
    staff: validParam(params, "staff", UUID_PARAM),
    // A theme's name as stored on comments (1-60 characters): also one the taxonomy no longer has.
    theme: (params.get("theme") ?? "").trim().slice(0, 60),
    sentiment: listParam(params, "sentiment", SENTIMENT_LABELS),
    source: listParam(params, "source", FEEDBACK_SOURCES),
    comment: validParam(params, "comment", /^with$/) as "" | "with",
    from: validParam(params, "from", DATE_PARAM),
    to: validParam(params, "to", DATE_PARAM),
    page: pageParam(params),
  };
}

export function ResponsesView({ role }: { role: Role }) {
  const trpc = useTRPC();
  const { params, hrefWith, clearHref, setFilter } = useUrlFilters<FilterName>();
  const filters = readFilters(params);
  const filtered = FILTERS.some((name) => filters[name] !== "");
  const idPrefix = useId();

  const listFilters = {
    search: filters.q || undefined,
    touchPointId: filters.touchPoint || undefined,
    staffId: filters.staff || undefined,
    theme: filters.theme || undefined,
    sentiment: filters.sentiment || undefined,
    source: filters.source || undefined,
    withComment: filters.comment === "with" || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
  };
  const responses = useQuery(
    trpc.responses.list.queryOptions({ ...listFilters, page: filters.page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData }),
  );
  const taxonomy = useQuery(trpc.themes.list.queryOptions());
  const themeNames = taxonomy.data?.themes.map((theme) => theme.name) ?? [];
  if (filters.theme && !themeNames.includes(filters.theme)) themeNames.push(filters.theme);
  const showCustomer = role !== "frontline";
  const canCorrect = role === "director" || role === "team_lead";
  const canRemove = role === "director";
  const columns = useMemo(() => responseColumns({ showCustomer, canCorrect, canRemove }), [showCustomer, canCorrect, canRemove]);
  const table = useTable({
    features: responseTableFeatures,
    columns,
    data: responses.data?.rows ?? NO_ROWS,
    getRowId: (row) => row.id,
  });
  const data = responses.data;

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <form
        role="search"
        aria-label="Filter responses"
        className="grid gap-4 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          const search = new FormData(event.currentTarget).get("q");
          setFilter("q", typeof search === "string" ? search.trim() : "");
        }}
      >
        <FormField label="Search comments" htmlFor={`${idPrefix}-q`} className="sm:col-span-2">
          <div className="flex gap-2">
            {/* Keyed by the URL's search, so the back button also restores the box. */}
            <Input key={filters.q} id={`${idPrefix}-q`} name="q" type="search" defaultValue={filters.q} maxLength={200} placeholder="Words in the comment" />
            <Button type="submit" variant="secondary">
              Search
            </Button>
          </div>
        </FormField>
        <FormField label="Touch point" htmlFor={`${idPrefix}-tp`}>
          <NativeSelect id={`${idPrefix}-tp`} value={filters.touchPoint} onChange={(event) => setFilter("touchPoint", event.target.value)}>
            <option value="">All touch points</option>
            {data?.options.touchPoints.map((point) => (
              <option key={point.id} value={point.id}>
                {point.name} ({point.journeyName})
              </option>
            ))}
          </NativeSelect>
        </FormField>
        {role !== "frontline" && (
          <FormField label="Staff" htmlFor={`${idPrefix}-staff`}>
            <NativeSelect id={`${idPrefix}-staff`} value={filters.staff} onChange={(event) => setFilter("staff", event.target.value)}>
              <option value="">Everyone</option>
              {data?.options.staff.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </NativeSelect>
          </FormField>
        )}
        <FormField label="Theme" htmlFor={`${idPrefix}-theme`}>
          <NativeSelect id={`${idPrefix}-theme`} value={filters.theme} onChange={(event) => setFilter("theme", event.target.value)}>
            <option value="">Any theme</option>
            {themeNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label="Sentiment" htmlFor={`${idPrefix}-sentiment`}>
          <NativeSelect id={`${idPrefix}-sentiment`} value={filters.sentiment} onChange={(event) => setFilter("sentiment", event.target.value)}>
            <option value="">Any sentiment</option>
            {SENTIMENT_LABELS.map((label) => (
              <option key={label} value={label}>
                {SENTIMENT_LABEL_NAMES[label]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label="Source" htmlFor={`${idPrefix}-source`}>
          <NativeSelect id={`${idPrefix}-source`} value={filters.source} onChange={(event) => setFilter("source", event.target.value)}>
            <option value="">Any source</option>
            {FEEDBACK_SOURCES.map((source) => (
              <option key={source} value={source}>
                {FEEDBACK_SOURCE_LABELS[source]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label="Comment" htmlFor={`${idPrefix}-comment`}>
          <NativeSelect id={`${idPrefix}-comment`} value={filters.comment} onChange={(event) => setFilter("comment", event.target.value)}>
            <option value="">With or without</option>
            <option value="with">With a comment</option>
          </NativeSelect>
        </FormField>
        <FormField label="From" htmlFor={`${idPrefix}-from`}>
          <Input id={`${idPrefix}-from`} type="date" value={filters.from} max={filters.to || undefined} onChange={(event) => setFilter("from", event.target.value)} />
        </FormField>
        <FormField label="To" htmlFor={`${idPrefix}-to`}>
          <Input id={`${idPrefix}-to`} type="date" value={filters.to} min={filters.from || undefined} onChange={(event) => setFilter("to", event.target.value)} />
        </FormField>
        <div>
          <Button asChild={filtered} type="button" variant="outline" disabled={!filtered}>
            {filtered ? (
              <Link href={clearHref} scroll={false}>
                Clear filters
              </Link>
            ) : (
              "Clear filters"
            )}
          </Button>
        </div>
      </form>

      {responses.isError && <FormAlert message={errorMessage(responses.error)} />}

      {responses.isPending ? (
        <div role="status" aria-label="Loading responses" className="grid gap-2 rounded-lg border bg-card p-4">
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-10 w-full" />
          ))}
        </div>
      ) : data && data.rows.length === 0 ? (
        filtered || filters.page > 1 ? (
          <EmptyState
            icon={<MessageSquareText />}
            title="No responses match these filters"
            description="Widen the dates, clear the search or choose another touch point."
            action={
              <Button asChild variant="outline">
                <Link href={clearHref} scroll={false}>
                  Show all responses
                </Link>
              </Button>
            }
          />
        ) : (
          <EmptyState icon={<MessageSquareText />} title="No responses yet" description={emptyDescription(role)} />
        )
      ) : data ? (
        <>
          <div className="flex justify-end">
            <div data-print-hidden className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
              <Button asChild variant="outline" size="sm">
                {/* The server streams the file (app/api/export/responses): every row, however many. */}
                <a href={exportHref(listFilters)} download>
                  <Download aria-hidden="true" />
                  Export CSV
                </a>
              </Button>
              <p className="text-xs text-muted-foreground">{exportNote(data.total, data.totalIsAtLeast, filtered)}</p>
            </div>
          </div>
          {/* One table; below the sm breakpoint each row becomes a card (CSS only, so nothing remounts on resize). */}
          <div className="overflow-x-auto rounded-lg border bg-card max-sm:border-0 max-sm:bg-transparent" aria-busy={responses.isFetching || undefined}>
            <Table className="max-sm:block">
              <TableHeader className="max-sm:sr-only">
                {table.getHeaderGroups().map((group) => (
                  <TableRow key={group.id}>
                    {group.headers.map((header) => (
                      <TableHead key={header.id} className="px-3">
                        <table.FlexRender header={header} />
                      </TableHead>
                    ))}
                  </TableRow>
                ))}
              </TableHeader>
              <TableBody className="max-sm:grid max-sm:gap-3">
                {table.getRowModel().rows.map((row) => (
                  <TableRow key={row.id} className="max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:gap-x-3 max-sm:gap-y-1.5 max-sm:rounded-lg max-sm:border max-sm:bg-card max-sm:p-3">
                    {row.getAllCells().map((cell) => (
                      <TableCell key={cell.id} className={cn("px-3 align-top max-sm:block max-sm:p-0 max-sm:whitespace-normal", PHONE_CELL_CLASS[cell.column.id])}>
                        <table.FlexRender cell={cell} />
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Pager
            label="Response pages"
            page={filters.page}
            pageSize={PAGE_SIZE}
            total={data.total}
            atLeast={data.totalIsAtLeast}
            noun={["response", "responses"]}
            hrefForPage={(page) => hrefWith({ page: page > 1 ? String(page) : "" })}
          />
        </>
      ) : null}
    </div>
  );
}

function exportHref(filters: Record<string, string | boolean | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value !== undefined) query.set(name, String(value));
  const text = query.toString();
  return `/api/export/responses${text ? `?${text}` : ""}`;
}

function exportNote(total: number, atLeast: boolean, filtered: boolean): string {
  const matching = filtered ? " that match the filters" : "";
  const count = `${atLeast ? "more than " : ""}${total.toLocaleString("en-GB")}`;
  if (total === 1) return `Downloads the 1 response${matching}, with its sentiment score.`;
  return `Downloads all ${count} responses${matching}, not only this page, with their sentiment scores.`;
}

function emptyDescription(role: Role): string {
  if (role === "frontline") return "When customers mention you in their feedback, what they said appears here.";
  if (role === "team_lead") return "Feedback on your team's touch points and about your people appears here as it arrives.";
  return "Feedback arrives from survey links, CSV imports and the REST API; each response appears here as soon as it is stored.";
}
