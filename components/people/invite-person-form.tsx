"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { FormAlert } from "@/components/forms/form-alert";
import { describedBy, TextField } from "@/components/forms/text-field";
import { ROLE_LABELS, ROLES } from "@/lib/roles";
import { useTRPC } from "@/lib/trpc/react";
import { applyServerErrors } from "@/lib/trpc/errors";
import { emailSchema, roleSchema } from "@/server/services/common/schemas";

const inviteSchema = z.object({ email: emailSchema, role: roleSchema, teamId: z.string() });

const FIELDS = ["email", "role", "teamId"] as const;

/** Creates an invitation and hands back its path, for the dialog to show as a link. */
export function InvitePersonForm({ onCreated }: { onCreated: (path: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation(trpc.invitations.create.mutationOptions());
  const form = useForm({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: "", role: "frontline" as const, teamId: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email, role, teamId }) => {
    setFormError(null);
    try {
      const invitation = await create.mutateAsync({ email, role, teamId: teamId || null });
      await queryClient.invalidateQueries(trpc.invitations.list.pathFilter());
      onCreated(invitation.path);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField
        id="invite-email"
        label="Email"
        type="email"
        autoComplete="off"
        error={errors.email?.message}
        {...form.register("email")}
      />
      <FormField label="Role" htmlFor="invite-role" error={errors.role?.message}>
        <NativeSelect
          id="invite-role"
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={describedBy("invite-role", errors.role?.message)}
          {...form.register("role")}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField
        label="Team"
        htmlFor="invite-team"
        error={errors.teamId?.message}
        description={teams.isError ? "Teams could not be loaded; you can set teams later." : undefined}
      >
        <NativeSelect
          id="invite-team"
          aria-invalid={errors.teamId ? true : undefined}
          aria-describedby={describedBy("invite-team", errors.teamId?.message, teams.isError)}
          {...form.register("teamId")}
        >
          <option value="">No team (directors only)</option>
          {teams.data?.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create invitation"}
        </Button>
      </DialogFooter>
    </form>
  );
}
