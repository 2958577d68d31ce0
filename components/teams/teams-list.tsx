"use client";

import { useQuery } from "@tanstack/react-query";
import { Layers, Pencil, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { CardHeading } from "@/components/shell/card-heading";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { RemoveTeamDialog } from "./remove-team-dialog";
import { TeamFormDialog } from "./team-form-dialog";

type Team = RouterOutputs["teams"]["list"][number];

export function CreateTeamButton() {
  return (
    <TeamFormDialog
      trigger={
        <Button>
          <Plus aria-hidden="true" />
          Create team
        </Button>
      }
    />
  );
}

export function TeamsList() {
  const trpc = useTRPC();
  const teams = useQuery(trpc.teams.list.queryOptions());

  if (teams.isPending) {
    return (
      <div role="status" aria-label="Loading teams" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} className="h-40 w-full rounded-xl" />
        ))}
      </div>
    );
  }
  if (teams.isError) return <FormAlert message={errorMessage(teams.error)} />;
  if (teams.data.length === 0) {
    return (
      <EmptyState
        icon={<Layers />}
        title="No teams yet"
        description="Create the teams that own your touch points, then add people and leads to them."
      />
    );
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {teams.data.map((team) => (
        <li key={team.id}>
          <TeamCard team={team} />
        </li>
      ))}
    </ul>
  );
}

function TeamCard({ team }: { team: Team }) {
  return (
    <Card className="h-full">
      <CardHeader>
        <CardHeading>{team.name}</CardHeading>
        <CardDescription>{team.description || "No description"}</CardDescription>
      </CardHeader>
      <CardContent className="grid flex-1 gap-1 text-sm">
        <p>
          <span className="font-semibold tabular-nums">{team.memberCount}</span>{" "}
          {team.memberCount === 1 ? "member" : "members"}
        </p>
        <p className="text-muted-foreground">
          {team.leads.length === 0
            ? "No lead yet"
            : `${team.leads.length === 1 ? "Lead" : "Leads"}: ${team.leads.map((lead) => lead.name).join(", ")}`}
        </p>
      </CardContent>
      <CardFooter className="gap-2">
        <TeamFormDialog
          team={team}
          trigger={
            <Button variant="outline" size="sm" aria-label={`Edit ${team.name}`}>
              <Pencil aria-hidden="true" />
              Edit
            </Button>
          }
        />
        <RemoveTeamDialog team={team} />
      </CardFooter>
    </Card>
  );
}
