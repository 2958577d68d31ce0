"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { Person } from "./people-table-model";
import { useInvalidatePeople } from "./use-invalidate-people";

type SetActiveDialogProps = { person: Person; onOpenChange: (open: boolean) => void };

/** Confirms deactivating an active person, or reactivating a deactivated one. */
export function SetActiveDialog({ person, onOpenChange }: SetActiveDialogProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const options = {
    onSuccess: async () => {
      await invalidate();
      onOpenChange(false);
    },
  };
  const deactivate = useMutation(trpc.users.deactivate.mutationOptions(options));
  const reactivate = useMutation(trpc.users.reactivate.mutationOptions(options));
  const mutation = person.active ? deactivate : reactivate;
  const verb = person.active ? "Deactivate" : "Reactivate";

  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>
            {verb} {person.name}?
          </DialogTitle>
          <DialogDescription>
            {person.active
              ? "They are signed out at once and cannot sign in until a director reactivates them. Their history stays."
              : "They can sign in again with their existing password, with the role and teams they had."}
          </DialogDescription>
        </DialogHeader>
        <FormAlert message={mutation.isError ? errorMessage(mutation.error) : null} />
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <Button
            type="button"
            variant={person.active ? "destructive" : "default"}
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ userId: person.id })}
          >
            {mutation.isPending ? `${verb.slice(0, -1)}ing…` : verb}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
