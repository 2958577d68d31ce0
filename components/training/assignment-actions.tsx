"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { addDays } from "@/lib/days";
import { todayIn } from "@/lib/day-in";
import { extendAssignmentSchema } from "@/lib/schemas/training";
import { useTRPC } from "@/lib/trpc/react";

type Target = { id: string; personName: string; moduleTitle: string; dueOn: string | null };

/** A lead's actions on an open assignment: move its due date, or cancel it. */
export function AssignmentActions({ assignment }: { assignment: Target }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cancel = useMutation(trpc.training.cancel.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.training.pathFilter()) }));
  const what = `${assignment.moduleTitle} for ${assignment.personName}`;
  return (
    <div className="flex flex-wrap gap-2">
      <FormDialog
        trigger={
          <Button size="sm" variant="outline" aria-label={`Extend ${what}`}>
            Extend
          </Button>
        }
        title={`Extend ${what}`}
        description="Choose the new due date."
      >
        {(close) => <ExtendForm assignment={assignment} onDone={close} />}
      </FormDialog>
      <ConfirmDialog
        trigger={
          <Button size="sm" variant="ghost" aria-label={`Cancel ${what}`}>
            Cancel
          </Button>
        }
        title={`Cancel ${what}?`}
        description="It leaves their list of what is due; it stays in their history as cancelled."
        confirmLabel="Cancel assignment"
        pendingLabel="Cancelling…"
        action={cancel}
        onConfirm={() => cancel.mutateAsync({ assignmentId: assignment.id })}
      />
    </div>
  );
}

const extendSchema = z.object({ dueOn: extendAssignmentSchema.shape.dueOn });

function ExtendForm({ assignment, onDone }: { assignment: Target; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timeZone = useOrgTimeZone();
  const extend = useMutation(trpc.training.extend.mutationOptions());
  const today = todayIn(timeZone);
  const start = assignment.dueOn && assignment.dueOn > today ? assignment.dueOn : today;
  const form = useForm({ resolver: zodResolver(extendSchema), defaultValues: { dueOn: addDays(start, 7) } });
  const { formError, submit } = useServerSubmit(form, ["dueOn"]);
  const onSubmit = submit(async ({ dueOn }) => {
    await extend.mutateAsync({ assignmentId: assignment.id, dueOn });
    await queryClient.invalidateQueries(trpc.training.pathFilter());
    onDone();
  });
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField id={`extend-${assignment.id}`} label="New due date" type="date" min={today} error={form.formState.errors.dueOn?.message} {...form.register("dueOn")} />
      <DialogFormFooter pending={extend.isPending} submitLabel="Extend" />
    </form>
  );
}
