"use client";

import { useRef } from "react";
import { Link } from "@/components/ui/link";
import { Star } from "lucide-react";
import { Skeleton } from "@/components/ui/skeleton";
import { EmptyState } from "@/components/ui/empty-state";
import { Tooltip, TooltipContent, TooltipProvider, TooltipTrigger } from "@/components/ui/tooltip";
import { ExportPngButton } from "@/components/export/export-png-button";
import { formatCount, formatInterval, formatValue, notEnoughData, type KpiUnit } from "@/lib/charts/format";
import { cn } from "@/lib/utils";
import { STATUS, STATUS_SURFACE, StatusBadge, type TargetStatus } from "./status-badge";

export type HeatMapCell = {
  touchPointId: string;
  name: string;
  /** The touch point's page (its KPI history, responses, themes, staff). */
  href: string;
  /** The KPI coloured by, such as "NPS". */
  kpiLabel: string;
  unit: KpiUnit;
  /** Null below the minimum sample. */
  value: number | null;
  n: number;
  minSampleSize?: number;
  interval?: { low: number; high: number } | null;
  /** The figure shown beside the value, such as "62% gave 9–10" beside a 1-10 rating's mean. */
  secondary?: string | null;
  target?: number | null;
  status: TargetStatus;
  momentOfTruth?: boolean;
};

export type HeatMapStage = { id: string; name: string; cells: HeatMapCell[] };

export type JourneyHeatMapProps = {
  title: string;
  description?: string;
  /** Stages in journey order (columns), their touch points in order (cells). */
  stages: HeatMapStage[];
  loading?: boolean;
  emptyDescription?: string;
  headingLevel?: 2 | 3;
  className?: string;
};

/**
 * A journey's health: stages as columns, touch points as cells coloured by status against
 * target. Colour is never alone: each status has its icon and words, and "not enough data" is
 * hatched. Each cell links to its touch point; its value and n are always written in it, and
 * hovering or focusing it shows the interval, a rating's top-box share, and the target in a
 * tooltip drawn in a portal (the scrolling grid would clip it otherwise).
 */
export function JourneyHeatMap({ title, description, stages, loading, emptyDescription, headingLevel = 2, className }: JourneyHeatMapProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const StageHeading = headingLevel === 2 ? "h3" : "h4";
  const empty = stages.every((stage) => stage.cells.length === 0);
  const frame = useRef<HTMLElement>(null);
  return (
    <section ref={frame} data-chart className={cn("grid gap-4 rounded-xl border bg-card p-4 text-card-foreground shadow-sm sm:p-6", className)} aria-label={title}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="grid gap-1">
          <Heading className="leading-none font-semibold">{title}</Heading>
          {description && <p className="text-sm text-muted-foreground">{description}</p>}
        </div>
        {!loading && !empty && (
          <div data-export-ignore data-print-hidden>
            <ExportPngButton target={frame} fileName={title} />
          </div>
        )}
      </div>
      <Legend />
      {loading ? (
        <div role="status" aria-label={`Loading ${title}`} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {Array.from({ length: 8 }, (_, index) => (
            <Skeleton key={index} className="h-20" />
          ))}
        </div>
      ) : empty ? (
        <EmptyState title="No touch points yet" description={emptyDescription ?? "Add stages and touch points to the journey to see its health here."} />
      ) : (
        <TooltipProvider>
          <div className="overflow-x-auto pb-2">
            <div className="grid auto-cols-[minmax(10rem,1fr)] grid-flow-col gap-3">
              {stages.map((stage) => (
                <div key={stage.id} className="grid content-start gap-2">
                  <StageHeading className="truncate text-sm font-semibold text-muted-foreground" title={stage.name}>
                    {stage.name}
                  </StageHeading>
                  <ul className="grid gap-2">
                    {stage.cells.map((cell) => (
                      <li key={cell.touchPointId}>
                        <HeatCell cell={cell} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </div>
        </TooltipProvider>
      )}
    </section>
  );
}

/**
 * The cell's name for assistive technology: its visible words first and in their order (name,
 * value, n, status; WCAG 2.5.3 "label in name", so speech users can say what they see), then
 * what only the tooltip shows.
 */
function cellSummary(cell: HeatMapCell): string {
  const value = cell.value === null ? null : formatValue(cell.value, cell.unit);
  const visible = [cell.name, value, `n = ${formatCount(cell.n)}`, STATUS[cell.status].label].filter(Boolean).join(", ");
  const needed = cell.minSampleSize && cell.minSampleSize > cell.n ? `${cell.kpiLabel} needs ${formatCount(cell.minSampleSize)} answers` : null;
  const detail = cell.value === null ? needed : [cell.kpiLabel, cell.secondary].filter(Boolean).join(", ");
  return [visible, detail, cell.momentOfTruth ? "a moment of truth" : null].filter(Boolean).join("; ");
}

function HeatCell({ cell }: { cell: HeatMapCell }) {
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <Link
          href={cell.href}
          aria-label={cellSummary(cell)}
          data-status={cell.status}
          className={cn(
            "grid gap-1 rounded-lg border p-2.5 text-sm transition-shadow outline-none hover:shadow-md focus-visible:ring-[3px] focus-visible:ring-ring/50",
            STATUS_SURFACE[cell.status],
          )}
        >
          <span className="flex items-start justify-between gap-1.5">
            <span className="line-clamp-2 font-medium">{cell.name}</span>
            {cell.momentOfTruth && <Star aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 fill-current text-foreground" />}
          </span>{" "}
          {/* The spaces between the pieces keep their words apart for axe's label-in-name check. */}
          <span className="flex items-baseline justify-between gap-2">
            <span className="text-lg font-semibold tabular-nums">{cell.value === null ? "—" : formatValue(cell.value, cell.unit)}</span>{" "}
            <span className="text-xs text-muted-foreground">n = {formatCount(cell.n)}</span>
          </span>{" "}
          <StatusBadge status={cell.status} />
        </Link>
      </TooltipTrigger>
      {/* The cell's accessible name already says value, n and status; the tooltip adds detail for the eye. */}
      <TooltipContent side="bottom" align="start" aria-hidden="true">
        <span className="block font-medium">
          {cell.kpiLabel} at {cell.name}
        </span>
        {cell.value === null ? (
          <span className="block text-muted-foreground">{notEnoughData(cell.n, cell.minSampleSize)}</span>
        ) : (
          <>
            <span className="block">
              {formatValue(cell.value, cell.unit)} from {formatCount(cell.n)} {cell.n === 1 ? "answer" : "answers"}
            </span>
            {cell.secondary && <span className="block">{cell.secondary}</span>}
            {cell.interval && <span className="block text-muted-foreground">95% interval {formatInterval(cell.interval.low, cell.interval.high, cell.unit)}</span>}
          </>
        )}
        {cell.target !== null && cell.target !== undefined && <span className="block text-muted-foreground">Target {formatValue(cell.target, cell.unit)}</span>}
        {cell.momentOfTruth && <span className="block text-muted-foreground">A moment of truth</span>}
      </TooltipContent>
    </Tooltip>
  );
}

function Legend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1.5 text-xs">
      {(Object.keys(STATUS) as TargetStatus[]).map((status) => (
        <li key={status} className={cn("rounded border px-1.5 py-0.5", STATUS_SURFACE[status])}>
          <StatusBadge status={status} />
        </li>
      ))}
      <li className="flex items-center gap-1 text-muted-foreground">
        <Star aria-hidden="true" className="size-3.5 fill-current text-foreground" /> Moment of truth
      </li>
    </ul>
  );
}
