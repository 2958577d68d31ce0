"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/domain/roles";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { Person } from "./people-table-model";
import { useInvalidatePeople } from "./use-invalidate-people";

type ChangeRoleDialogProps = { person: Person; onOpenChange: (open: boolean) => void };

export function ChangeRoleDialog({ person, onOpenChange }: ChangeRoleDialogProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const [role, setRole] = useState<Role>(person.role);
  const update = useMutation(
    trpc.users.updateRole.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onOpenChange(false);
      },
    }),
  );

  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate({ userId: person.id, role });
          }}
        >
          <DialogHeader>
            {/* The title labels the dialog, so it avoids the word "role": the select alone is "Role". */}
            <DialogTitle>Access for {person.name}</DialogTitle>
            <DialogDescription>
              A role decides what a person may see and do. Their open sessions end, so they sign in again.
            </DialogDescription>
          </DialogHeader>
          <FormAlert message={update.isError ? errorMessage(update.error) : null} />
          <FormField label="Role" htmlFor="person-role">
            <NativeSelect id="person-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {ROLE_LABELS[value]}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <DialogFormFooter pending={update.isPending} disabled={role === person.role} submitLabel="Save role" />
        </form>
      </DialogContent>
    </Dialog>
  );
}
