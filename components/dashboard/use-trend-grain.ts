"use client";

import { useMemo } from "react";
import { useSearchParams } from "next/navigation";
import { chooseGrain, type GrainChoice } from "@/lib/trend-range";

/**
 * The grain of the page's trends: the URL's `grain=` when it can draw the period, else the
 * period's own (trendGrain), with a note saying why the one asked for was not used.
 */
export function useTrendGrain(period: { from: string; to: string }): GrainChoice {
  const requested = useSearchParams().get("grain");
  return useMemo(() => chooseGrain(requested, { from: period.from, to: period.to }), [requested, period.from, period.to]);
}
