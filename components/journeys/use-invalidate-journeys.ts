"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/react";

/** After a change to a journey, its stages, touch points or KPIs: the list, maps and their figures are stale. */
export function useInvalidateJourneys() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.journeys.list.pathFilter()),
      queryClient.invalidateQueries(trpc.journeys.map.pathFilter()),
      queryClient.invalidateQueries(trpc.dashboards.journeyHealth.pathFilter()),
    ]);
}
