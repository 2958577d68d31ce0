"use client";

import { useId, useRef, type ReactNode } from "react";
import { ChartNoAxesColumn } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { ExportPngButton } from "@/components/export/export-png-button";
import { cn } from "@/lib/utils";

export type ChartStateProps = {
  /** Shows a skeleton of the chart's size while the data loads. */
  loading?: boolean;
  /** What the empty chart says: what to do to see something here. */
  emptyTitle?: string;
  emptyDescription?: string;
  className?: string;
  /** Controls under the title (pickers); left out of the PNG and of print. */
  controls?: ReactNode;
  /** What the chart covers when that is not plainly the period (such as "13 weeks to 23 Nov"); kept in the PNG. */
  caption?: string;
};

type ChartCardProps = ChartStateProps & {
  title: string;
  description?: ReactNode;
  /** True when there is nothing to draw: the empty state replaces the chart. */
  empty: boolean;
  /** Height of the drawing (and of its skeleton), in pixels. */
  height: number;
  /** The same data as text (usually a table), for screen readers; visually hidden. */
  textAlternative: ReactNode;
  /** A legend or notes under the chart. */
  footer?: ReactNode;
  headingLevel?: 2 | 3;
  children: ReactNode;
};

/**
 * The frame every chart shares: a title, an "Export PNG" of the whole card, a loading skeleton,
 * an empty state, and a visually hidden text alternative. Print keeps it on one page.
 */
export function ChartCard({
  title,
  description,
  loading,
  empty,
  emptyTitle = "No data for this period",
  emptyDescription = "Choose a longer period, or check that feedback is arriving for these touch points.",
  height,
  textAlternative,
  footer,
  controls,
  caption,
  headingLevel = 2,
  className,
  children,
}: ChartCardProps) {
  const frame = useRef<HTMLElement>(null);
  const headingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      ref={frame}
      aria-labelledby={headingId}
      data-chart
      className={cn("grid gap-4 rounded-xl border bg-card p-4 text-card-foreground shadow-sm break-inside-avoid sm:p-6", className)}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="grid gap-1">
          <Heading id={headingId} className="leading-none font-semibold">
            {title}
          </Heading>
          {caption && <p className="text-xs font-medium text-muted-foreground">{caption}</p>}
          {description && <p className="text-sm text-muted-foreground">{description}</p>}
        </div>
        {!loading && !empty && (
          <div data-export-ignore data-print-hidden>
            <ExportPngButton target={frame} fileName={title} />
          </div>
        )}
      </div>
      {controls && (
        // Collapsed on the page while the image is drawn, not only left out of it: the copy keeps
        // the card's grid rows as measured, and a missing row would slide the legend onto the plot.
        <div data-export-ignore data-export-collapse data-print-hidden>
          {controls}
        </div>
      )}
      {loading ? (
        <div role="status" aria-label={`Loading ${title}`}>
          <Skeleton style={{ height }} className="w-full" />
        </div>
      ) : empty ? (
        <EmptyState icon={<ChartNoAxesColumn />} title={emptyTitle} description={emptyDescription} style={{ minHeight: Math.min(height, 240) }} />
      ) : (
        <>
          {/* The drawing is for the eye; the text alternative below carries the same data. */}
          <div aria-hidden="true">{children}</div>
          <div className="sr-only">{textAlternative}</div>
          {footer}
        </>
      )}
    </section>
  );
}
