"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";

export function RemoveTeamDialog({ team }: { team: { id: string; name: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.teams.remove.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.teams.list.pathFilter()),
          queryClient.invalidateQueries(trpc.users.list.pathFilter()),
          queryClient.invalidateQueries(trpc.organization.get.pathFilter()),
        ]);
        setOpen(false);
      },
    }),
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) remove.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Remove ${team.name}`}>
          <Trash2 aria-hidden="true" />
          Remove
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Remove {team.name}?</DialogTitle>
          <DialogDescription>
            Its members stay in the organisation but are no longer in this team. This cannot be undone.
          </DialogDescription>
        </DialogHeader>
        <FormAlert message={remove.isError ? errorMessage(remove.error) : null} />
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <Button
            type="button"
            variant="destructive"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ teamId: team.id })}
          >
            {remove.isPending ? "Removing…" : "Remove team"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
