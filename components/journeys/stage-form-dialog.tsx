"use client";

import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { describedBy, TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useTRPC } from "@/lib/trpc/react";
import { optionalText } from "@/lib/schemas/common";
import { stageFieldsSchema } from "@/lib/schemas/journeys";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

const stageFormSchema = z.object({ name: stageFieldsSchema.shape.name, description: optionalText("Description", 1000) });

const FIELDS = ["name", "description"] as const;

type StageFormDialogProps = {
  journeyId: string;
  /** The stage to rename; absent when adding one at the end. */
  stage?: { id: string; name: string; description: string | null };
  /** A trigger makes the dialog open itself; without one, the caller controls it (always open). */
  trigger?: ReactNode;
  onOpenChange?: (open: boolean) => void;
  onSaved?: (stageId: string) => void;
};

export function StageFormDialog({ journeyId, stage, trigger, onOpenChange, onSaved }: StageFormDialogProps) {
  return (
    <FormDialog
      trigger={trigger}
      onOpenChange={onOpenChange}
      title={stage ? `Rename ${stage.name}` : "New stage"}
      description={stage ? "Stages are the steps of the journey, in the customer's order." : "The stage is added after the last one; you can move it afterwards."}
    >
      {(close) => (
        <StageForm
          journeyId={journeyId}
          stage={stage}
          onDone={(stageId) => {
            close();
            onSaved?.(stageId);
          }}
        />
      )}
    </FormDialog>
  );
}

function StageForm({ journeyId, stage, onDone }: Pick<StageFormDialogProps, "journeyId" | "stage"> & { onDone: (stageId: string) => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const add = useMutation(trpc.journeys.addStage.mutationOptions());
  const update = useMutation(trpc.journeys.updateStage.mutationOptions());
  const form = useForm({
    resolver: zodResolver(stageFormSchema),
    defaultValues: { name: stage?.name ?? "", description: stage?.description ?? "" },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  const pending = add.isPending || update.isPending;
  const idPrefix = stage ? `stage-${stage.id}` : "new-stage";

  const onSubmit = submit(async (values) => {
    let stageId: string;
    if (stage) {
      await update.mutateAsync({ stageId: stage.id, ...values });
      stageId = stage.id;
    } else {
      stageId = (await add.mutateAsync({ journeyId, ...values })).id;
    }
    await invalidate();
    onDone(stageId);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField
        id={`${idPrefix}-name`}
        label="Stage name"
        autoComplete="off"
        error={errors.name?.message}
        {...form.register("name")}
      />
      <FormField label="Description" htmlFor={`${idPrefix}-description`} error={errors.description?.message}>
        <Textarea
          id={`${idPrefix}-description`}
          rows={2}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(`${idPrefix}-description`, errors.description?.message)}
          {...form.register("description")}
        />
      </FormField>
      <DialogFormFooter pending={pending} submitLabel="Save stage" />
    </form>
  );
}
