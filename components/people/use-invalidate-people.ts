"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/react";

/** After a change to people: the lists, counts and teams that show them are stale. */
export function useInvalidatePeople() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.users.list.pathFilter()),
      queryClient.invalidateQueries(trpc.teams.list.pathFilter()),
      queryClient.invalidateQueries(trpc.organization.get.pathFilter()),
    ]);
}
