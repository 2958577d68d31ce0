"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc/react";

export function RemoveTeamDialog({ team }: { team: { id: string; name: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.teams.remove.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.teams.list.pathFilter()),
          queryClient.invalidateQueries(trpc.users.list.pathFilter()),
          queryClient.invalidateQueries(trpc.organization.get.pathFilter()),
        ]),
    }),
  );
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Remove ${team.name}`}>
          <Trash2 aria-hidden="true" />
          Remove
        </Button>
      }
      title={`Remove ${team.name}?`}
      description="Its members stay in the organisation but are no longer in this team. This cannot be undone."
      confirmLabel="Remove team"
      pendingLabel="Removing…"
      action={remove}
      onConfirm={() => remove.mutateAsync({ teamId: team.id })}
    />
  );
}
