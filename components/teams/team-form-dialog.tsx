"use client";

import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
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
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { FormAlert } from "@/components/forms/form-alert";
import { describedBy, TextField } from "@/components/forms/text-field";
import { useTRPC } from "@/lib/trpc/react";
import { applyServerErrors } from "@/lib/trpc/errors";
import { optionalText, requiredText } from "@/server/services/common/schemas";

const teamSchema = z.object({ name: requiredText("Team name", 80), description: optionalText("Description", 500) });

const FIELDS = ["name", "description"] as const;

type TeamFormDialogProps = {
  /** Absent when creating a team. */
  team?: { id: string; name: string; description: string | null };
  trigger: ReactNode;
};

export function TeamFormDialog({ team, trigger }: TeamFormDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{team ? `Edit ${team.name}` : "Create a team"}</DialogTitle>
          <DialogDescription>Teams own touch points; their leads see how their people are doing.</DialogDescription>
        </DialogHeader>
        {open && <TeamForm team={team} onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function TeamForm({ team, onDone }: { team: TeamFormDialogProps["team"]; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation(trpc.teams.create.mutationOptions());
  const update = useMutation(trpc.teams.update.mutationOptions());
  const form = useForm({
    resolver: zodResolver(teamSchema),
    defaultValues: { name: team?.name ?? "", description: team?.description ?? "" },
  });
  const { errors } = form.formState;
  const pending = create.isPending || update.isPending;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (team) await update.mutateAsync({ teamId: team.id, ...values });
      else await create.mutateAsync(values);
      await Promise.all([
        queryClient.invalidateQueries(trpc.teams.list.pathFilter()),
        queryClient.invalidateQueries(trpc.users.list.pathFilter()),
        queryClient.invalidateQueries(trpc.organization.get.pathFilter()),
      ]);
      onDone();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
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
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : team ? "Save changes" : "Create team"}
        </Button>
      </DialogFooter>
    </form>
  );
}
