"use client";

import { useId, useMemo } from "react";
import { useSearchParams } from "next/navigation";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { cn } from "@/lib/utils";
import { todayIn } from "@/lib/day-in";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import {
  addDays,
  formatDayRange,
  MAX_PERIOD_DAYS,
  parsePeriodParams,
  PERIOD_PRESETS,
  PERIOD_TEXT,
  periodParams,
  PRESET_LABELS,
  resolvePeriod,
  type PeriodPreset,
  type PeriodSelection,
  type ResolvedPeriod,
} from "@/lib/period";

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

/**
 * Choose a dashboard's period: presets as a segmented control (native radios, so arrow keys
 * move between them) and two dates for a custom range. Every choice is a history entry.
 */
export function PeriodPicker({ className }: { className?: string }) {
  const period = usePeriod();
  const { setFilters } = useUrlFilters<"period" | "from" | "to">();
  const id = useId();
  const today = todayIn(useOrgTimeZone());

  const choose = (selection: PeriodSelection) => setFilters(periodParams(selection));
  const choosePreset = (preset: PeriodPreset) =>
    // A custom range starts from the days on screen, so switching to it changes nothing yet.
    choose(preset === "custom" ? { preset, from: period.from, to: period.to } : { preset });
  // Keeps from <= to and the length within the server's limit by moving the other end.
  const chooseFrom = (from: string) => {
    if (!from) return;
    const to = period.to < from ? from : period.to > addDays(from, MAX_PERIOD_DAYS - 1) ? addDays(from, MAX_PERIOD_DAYS - 1) : period.to;
    choose({ preset: "custom", from, to: to > today ? today : to });
  };
  const chooseTo = (to: string) => {
    if (!to) return;
    const from = period.from > to ? to : period.from < addDays(to, -(MAX_PERIOD_DAYS - 1)) ? addDays(to, -(MAX_PERIOD_DAYS - 1)) : period.from;
    choose({ preset: "custom", from, to });
  };

  return (
    <div className={cn("flex flex-wrap items-end gap-x-4 gap-y-3", className)}>
      <fieldset data-print-hidden>
        <legend className="mb-2 text-sm font-medium">Period</legend>
        <div className="inline-flex flex-wrap rounded-md border bg-card p-0.5 shadow-xs">
          {PERIOD_PRESETS.map((preset) => (
            <label
              key={preset}
              className={cn(
                "relative cursor-pointer rounded-[5px] px-3 py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground",
                "has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
                period.preset === preset && "bg-primary text-primary-foreground hover:text-primary-foreground",
              )}
            >
              <input
                type="radio"
                name={`${id}-period`}
                value={preset}
                checked={period.preset === preset}
                onChange={() => choosePreset(preset)}
                className="sr-only"
              />
              {PRESET_LABELS[preset]}
            </label>
          ))}
        </div>
      </fieldset>
      {period.preset === "custom" && (
        <div data-print-hidden className="flex flex-wrap gap-3">
          <div className="grid gap-2">
            <Label htmlFor={`${id}-from`}>From</Label>
            <Input id={`${id}-from`} type="date" className="w-40" value={period.from} max={today} onChange={(event) => chooseFrom(event.target.value)} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor={`${id}-to`}>To</Label>
            <Input id={`${id}-to`} type="date" className="w-40" value={period.to} max={today} onChange={(event) => chooseTo(event.target.value)} />
          </div>
        </div>
      )}
      <p className="text-sm text-muted-foreground" aria-live="polite" {...{ [PERIOD_TEXT]: periodText(period) }}>
        <span className="font-medium text-foreground">{period.label}</span>
        {period.preset !== "custom" && <>: {formatDayRange(period.from, period.to)}</>}
        <span className="block text-xs">Compared with {period.previous.label}</span>
      </p>
    </div>
  );
}
