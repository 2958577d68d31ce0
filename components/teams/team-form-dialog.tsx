"use client";

import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { describedBy, TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useTRPC } from "@/lib/trpc/react";
import { optionalText, requiredText } from "@/lib/schemas/common";

const teamSchema = z.object({ name: requiredText("Team name", 80), description: optionalText("Description", 500) });

const FIELDS = ["name", "description"] as const;

type TeamFormDialogProps = {
  /** Absent when creating a team. */
  team?: { id: string; name: string; description: string | null };
  trigger: ReactNode;
};

export function TeamFormDialog({ team, trigger }: TeamFormDialogProps) {
  return (
    <FormDialog
      trigger={trigger}
      title={team ? `Edit ${team.name}` : "Create a team"}
      description="Teams own touch points; their leads see how their people are doing."
    >
      {(close) => <TeamForm team={team} onDone={close} />}
    </FormDialog>
  );
}

function TeamForm({ team, onDone }: { team: TeamFormDialogProps["team"]; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.teams.create.mutationOptions());
  const update = useMutation(trpc.teams.update.mutationOptions());
  const form = useForm({
    resolver: zodResolver(teamSchema),
    defaultValues: { name: team?.name ?? "", description: team?.description ?? "" },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  const pending = create.isPending || update.isPending;

  const onSubmit = submit(async (values) => {
    if (team) await update.mutateAsync({ teamId: team.id, ...values });
    else await create.mutateAsync(values);
    await Promise.all([
      queryClient.invalidateQueries(trpc.teams.list.pathFilter()),
      queryClient.invalidateQueries(trpc.users.list.pathFilter()),
      queryClient.invalidateQueries(trpc.organization.get.pathFilter()),
    ]);
    onDone();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField id="team-name" label="Team name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <FormField label="Description" htmlFor="team-description" error={errors.description?.message}>
        <Textarea
          id="team-description"
          rows={3}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy("team-description", errors.description?.message)}
          {...form.register("description")}
        />
      </FormField>
      <DialogFormFooter pending={pending} submitLabel={team ? "Save changes" : "Create team"} />
    </form>
  );
}
