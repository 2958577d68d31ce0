"use client";

import { useEffect, useId, useMemo } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { cn } from "@/lib/utils";
import { todayIn } from "@/lib/day-in";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import {
  formatDayRange,
  parsePeriodParams,
  PERIOD_PRESETS,
  PERIOD_TEXT,
  periodLength,
  periodParams,
  PRESET_LABELS,
  resolvePeriod,
  type PeriodPreset,
  type PeriodSelection,
  type ResolvedPeriod,
} from "@/lib/period";
import { TREND_GRAINS, trendGrain } from "@/lib/trend-grain";
import { GRAIN_WORDS, grainProblem } from "@/lib/trend-range";
import { useTRPC } from "@/lib/trpc/react";
import { useTrendGrain } from "./use-trend-grain";

/** The period the URL asks for, resolved to days (and the comparable period before it). */
export function usePeriod(): ResolvedPeriod {
  const searchParams = useSearchParams();
  const query = searchParams.toString();
  const timeZone = useOrgTimeZone();
  return useMemo(() => {
    const params = new URLSearchParams(query);
    const today = todayIn(timeZone);
    return resolvePeriod(parsePeriodParams(params, today), today);
  }, [query, timeZone]);
}

/** "Last 30 days: 5 Nov 2026 – 4 Dec 2026", or the range alone when it is its own label. */
function periodText(period: ResolvedPeriod): string {
  const days = formatDayRange(period.from, period.to);
  return period.label === days ? days : `${period.label}: ${days}`;
}

/** The earliest day the date fields offer, as the server takes (isoDateSchema). */
const FIRST_DAY = "1900-01-01";

/**
 * Choose a dashboard's period: presets as a segmented control (native radios, so arrow keys
 * move between them) and two dates for a custom range of any length. "All time" runs from the
 * organisation's first response day. With `trends`, also the grain of the page's trend charts.
 * Every choice is a history entry.
 */
export function PeriodPicker({ className, trends = false }: { className?: string; trends?: boolean }) {
  const trpc = useTRPC();
  const period = usePeriod();
  const { setFilters } = useUrlFilters<"period" | "from" | "to" | "grain">();
  const id = useId();
  const today = todayIn(useOrgTimeZone());
  const history = useQuery(trpc.dashboards.historySpan.queryOptions());
  const firstDay = history.data?.firstDay ?? null;
  useAllTimeFrom(firstDay);

  const choose = (selection: PeriodSelection) => setFilters(periodParams(selection));
  const choosePreset = (preset: PeriodPreset) => {
    // A custom range starts from the days on screen, so switching to it changes nothing yet.
    if (preset === "custom") choose({ preset, from: period.from, to: period.to });
    else if (preset === "all") choose({ preset, from: firstDay ?? today });
    else choose({ preset });
  };
  // Keeps from <= to by moving the other end; the length is whatever the two days make.
  const chooseFrom = (from: string) => {
    if (!from) return;
    const to = period.to < from ? from : period.to;
    choose({ preset: "custom", from, to: to > today ? today : to });
  };
  const chooseTo = (to: string) => {
    if (!to) return;
    choose({ preset: "custom", from: period.from > to ? to : period.from, to });
  };

  return (
    <div className={cn("flex flex-wrap items-end gap-x-4 gap-y-3", className)}>
      <fieldset data-print-hidden>
        <legend className="mb-2 text-sm font-medium">Period</legend>
        <div className="inline-flex flex-wrap rounded-md border bg-card p-0.5 shadow-xs">
          {PERIOD_PRESETS.map((preset) => {
            // No responses yet, or not known yet: there is no history to show all of.
            const unavailable = preset === "all" && !firstDay;
            return (
              <label
                key={preset}
                className={cn(
                  "relative cursor-pointer rounded-[5px] px-3 py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground",
                  "has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
                  unavailable && "cursor-not-allowed opacity-60 hover:text-muted-foreground",
                  period.preset === preset && "bg-primary text-primary-foreground hover:text-primary-foreground",
                )}
                title={unavailable && history.isSuccess ? "No responses yet" : undefined}
              >
                <input
                  type="radio"
                  name={`${id}-period`}
                  value={preset}
                  checked={period.preset === preset}
                  disabled={unavailable}
                  onChange={() => choosePreset(preset)}
                  className="sr-only"
                />
                {PRESET_LABELS[preset]}
              </label>
            );
          })}
        </div>
      </fieldset>
      {period.preset === "custom" && (
        <div data-print-hidden className="flex flex-wrap gap-3">
          <div className="grid gap-2">
            <Label htmlFor={`${id}-from`}>From</Label>
            <Input id={`${id}-from`} type="date" className="w-40" value={period.from} min={FIRST_DAY} max={today} onChange={(event) => chooseFrom(event.target.value)} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor={`${id}-to`}>To</Label>
            <Input id={`${id}-to`} type="date" className="w-40" value={period.to} min={FIRST_DAY} max={today} onChange={(event) => chooseTo(event.target.value)} />
          </div>
        </div>
      )}
      {trends && <GrainSelect period={period} onChoose={(grain) => setFilters({ grain })} />}
      <p className="text-sm text-muted-foreground" aria-live="polite" {...{ [PERIOD_TEXT]: periodText(period) }}>
        <span className="font-medium text-foreground">{period.label}</span>
        {period.preset !== "custom" && <>: {formatDayRange(period.from, period.to)}</>}
        <span data-testid="period-length"> ({periodLength(period.from, period.to)})</span>
        <span className="block text-xs">Compared with {period.previous.label}</span>
      </p>
    </div>
  );
}

/**
 * Keeps an "All time" link current: its `from` is the first response day when the link was
 * made, and answers imported since may start earlier. Replaces the address rather than adding
 * a history entry, since the person chose nothing.
 */
function useAllTimeFrom(firstDay: string | null) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const stale = searchParams.get("period") === "all" && firstDay !== null && searchParams.get("from") !== firstDay;
  useEffect(() => {
    if (!stale || !firstDay) return;
    const next = new URLSearchParams(searchParams.toString());
    next.set("from", firstDay);
    next.delete("to");
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  }, [stale, firstDay, searchParams, router, pathname]);
}

/**
 * The grain of the page's trend charts: the one that fits the period, or one chosen. A grain
 * that would draw too many points over the period cannot be chosen; one asked for in the URL is
 * replaced by the period's own with a note saying so.
 */
function GrainSelect({ period, onChoose }: { period: { from: string; to: string }; onChoose: (grain: string) => void }) {
  const id = useId();
  const choice = useTrendGrain(period);
  const auto = trendGrain(period);
  return (
    <div className="grid gap-2" data-print-hidden>
      <Label htmlFor={`${id}-grain`}>Trends</Label>
      <NativeSelect id={`${id}-grain`} className="w-64" value={choice.chosen === auto ? "" : (choice.chosen ?? "")} onChange={(event) => onChoose(event.target.value)} aria-describedby={choice.note ? `${id}-note` : undefined}>
        <option value="">{`${GRAIN_WORDS[auto].by} (fits the period)`}</option>
        {TREND_GRAINS.filter((grain) => grain !== auto).map((grain) => {
          const problem = grainProblem(period, grain);
          return (
            <option key={grain} value={grain} disabled={problem !== null}>
              {problem ? `${GRAIN_WORDS[grain].by} (too many points)` : GRAIN_WORDS[grain].by}
            </option>
          );
        })}
      </NativeSelect>
      {choice.note && (
        <p id={`${id}-note`} role="status" className="max-w-80 text-xs text-warning-foreground">
          {choice.note}
        </p>
      )}
    </div>
  );
}
