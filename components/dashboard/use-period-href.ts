"use client";

import { useCallback } from "react";
import { useSearchParams } from "next/navigation";

const PERIOD_PARAMS = ["period", "from", "to", "grain"] as const;

/** A link to another dashboard page that keeps the period (and the trends' grain) on screen, so a drill-down compares like with like. */
export function usePeriodHref() {
  const searchParams = useSearchParams();
  // Stable while the URL stays the same, so tables built from it are not rebuilt on every render.
  return useCallback(
    (path: string, extra: Record<string, string> = {}) => {
      const query = new URLSearchParams();
      for (const name of PERIOD_PARAMS) {
        const value = searchParams.get(name);
        if (value) query.set(name, value);
      }
      for (const [name, value] of Object.entries(extra)) query.set(name, value);
      const text = query.toString();
      return text ? `${path}?${text}` : path;
    },
    [searchParams],
  );
}
