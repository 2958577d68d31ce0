"use client";

import type { ReactNode } from "react";
import { Table } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { ExportCsvButton } from "@/components/export/export-csv-button";
import type { CsvData } from "@/lib/export/csv";
import { cn } from "@/lib/utils";

type TableCardProps = {
  title: string;
  description?: ReactNode;
  /** What "Export CSV" writes: the rows on screen. */
  csv: CsvData;
  loading?: boolean;
  empty: boolean;
  emptyTitle: string;
  emptyDescription: ReactNode;
  /** Controls above the table, such as a select. */
  controls?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** The frame of a dashboard table: heading, CSV export of its rows, loading skeleton, empty state. */
export function TableCard({ title, description, csv, loading, empty, emptyTitle, emptyDescription, controls, className, children }: TableCardProps) {
  return (
    <section aria-label={title} className={cn("grid content-start gap-4 rounded-xl border bg-card p-4 text-card-foreground shadow-sm sm:p-6", className)}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="grid gap-1">
          <h2 className="leading-none font-semibold">{title}</h2>
          {description && <p className="text-sm text-muted-foreground">{description}</p>}
        </div>
        {!loading && !empty && <ExportCsvButton fileName={title} data={csv} />}
      </div>
      {controls}
      {loading ? (
        <div role="status" aria-label={`Loading ${title}`} className="grid gap-2">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-9" />
          ))}
        </div>
      ) : empty ? (
        <EmptyState icon={<Table />} title={emptyTitle} description={emptyDescription} />
      ) : (
        children
      )}
    </section>
  );
}
