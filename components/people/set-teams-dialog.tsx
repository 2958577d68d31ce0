"use client";

import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { SkeletonRows } from "@/components/ui/skeleton";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { Person } from "./people-table-model";
import { useInvalidatePeople } from "./use-invalidate-people";

type Membership = Record<string, { isLead: boolean }>;

type SetTeamsDialogProps = { person: Person; onOpenChange: (open: boolean) => void };

export function SetTeamsDialog({ person, onOpenChange }: SetTeamsDialogProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const [membership, setMembership] = useState<Membership>(() =>
    Object.fromEntries(person.teams.map((team) => [team.id, { isLead: team.isLead }])),
  );
  const save = useMutation(
    trpc.users.setTeams.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onOpenChange(false);
      },
    }),
  );

  const setMember = (teamId: string, member: boolean) =>
    setMembership((current) => {
      const next = { ...current };
      if (member) next[teamId] = { isLead: false };
      else delete next[teamId];
      return next;
    });
  const setLead = (teamId: string, isLead: boolean) =>
    setMembership((current) => ({ ...current, [teamId]: { isLead } }));

  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({
              userId: person.id,
              teams: Object.entries(membership).map(([teamId, { isLead }]) => ({ teamId, isLead })),
            });
          }}
        >
          <DialogHeader>
            <DialogTitle>Teams of {person.name}</DialogTitle>
            <DialogDescription>Choose the teams they belong to, and which of them they lead.</DialogDescription>
          </DialogHeader>
          <FormAlert message={save.isError ? errorMessage(save.error) : teams.isError ? errorMessage(teams.error) : null} />
          {teams.isPending ? (
            <SkeletonRows label="Loading teams" count={2} rowClassName="h-6" />
          ) : teams.data?.length === 0 ? (
            <p className="text-sm text-muted-foreground">There are no teams yet. Create one on the Teams page.</p>
          ) : (
            <fieldset className="grid gap-3">
              <legend className="sr-only">Teams</legend>
              {teams.data?.map((team) => {
                const member = team.id in membership;
                return (
                  <div key={team.id} className="flex items-center justify-between gap-4 rounded-md border px-3 py-2">
                    <div className="flex items-center gap-2">
                      <Checkbox
                        id={`team-${team.id}`}
                        checked={member}
                        onCheckedChange={(checked) => setMember(team.id, checked === true)}
                      />
                      <Label htmlFor={`team-${team.id}`}>{team.name}</Label>
                    </div>
                    <div className="flex items-center gap-2">
                      <Checkbox
                        id={`lead-${team.id}`}
                        checked={membership[team.id]?.isLead ?? false}
                        disabled={!member}
                        onCheckedChange={(checked) => setLead(team.id, checked === true)}
                      />
                      <Label htmlFor={`lead-${team.id}`}>
                        Lead<span className="sr-only"> of {team.name}</span>
                      </Label>
                    </div>
                  </div>
                );
              })}
            </fieldset>
          )}
          <DialogFormFooter pending={save.isPending} disabled={!teams.isSuccess} submitLabel="Save teams" />
        </form>
      </DialogContent>
    </Dialog>
  );
}
