"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/react";

/** The teams a module form may give a module to: every team for a director, the teams they lead for a lead. */
export function useModuleTeams(isDirector: boolean, leadTeamIds: readonly string[]) {
  const trpc = useTRPC();
  const teams = useQuery(trpc.teams.list.queryOptions());
  return (teams.data ?? []).filter((team) => isDirector || leadTeamIds.includes(team.id)).map((team) => ({ id: team.id, name: team.name }));
}
