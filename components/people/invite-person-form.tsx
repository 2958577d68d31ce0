"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { describedBy, TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { ROLE_LABELS, ROLES } from "@/lib/domain/roles";
import { useTRPC } from "@/lib/trpc/react";
import { emailSchema, roleSchema } from "@/lib/schemas/common";

const inviteSchema = z.object({ email: emailSchema, role: roleSchema, teamId: z.string() });

const FIELDS = ["email", "role", "teamId"] as const;

/** Creates an invitation and hands back its path, for the dialog to show as a link. */
export function InvitePersonForm({ onCreated }: { onCreated: (path: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const create = useMutation(trpc.invitations.create.mutationOptions());
  const form = useForm({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: "", role: "frontline" as const, teamId: "" },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;

  const onSubmit = submit(async ({ email, role, teamId }) => {
    const invitation = await create.mutateAsync({ email, role, teamId: teamId || null });
    await queryClient.invalidateQueries(trpc.invitations.list.pathFilter());
    onCreated(invitation.path);
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
      <DialogFormFooter pending={create.isPending} submitLabel="Create invitation" pendingLabel="Creating…" />
    </form>
  );
}
