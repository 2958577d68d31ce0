"use client";

import { useMutation } from "@tanstack/react-query";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc/react";
import type { Person } from "./people-table-model";
import { useInvalidatePeople } from "./use-invalidate-people";

type SetActiveDialogProps = { person: Person; onOpenChange: (open: boolean) => void };

/** Confirms deactivating an active person, or reactivating a deactivated one. */
export function SetActiveDialog({ person, onOpenChange }: SetActiveDialogProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const deactivate = useMutation(trpc.users.deactivate.mutationOptions({ onSuccess: invalidate }));
  const reactivate = useMutation(trpc.users.reactivate.mutationOptions({ onSuccess: invalidate }));
  const mutation = person.active ? deactivate : reactivate;
  const verb = person.active ? "Deactivate" : "Reactivate";
  return (
    <ConfirmDialog
      onOpenChange={onOpenChange}
      title={`${verb} ${person.name}?`}
      description={
        person.active
          ? "They are signed out at once and cannot sign in until a director reactivates them. Their history stays."
          : "They can sign in again with their existing password, with the role and teams they had."
      }
      destructive={person.active}
      confirmLabel={verb}
      pendingLabel={`${verb.slice(0, -1)}ing…`}
      action={mutation}
      onConfirm={() => mutation.mutateAsync({ userId: person.id })}
    />
  );
}
