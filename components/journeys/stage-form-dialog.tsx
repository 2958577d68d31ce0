"use client";

import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
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
import { optionalText } from "@/server/services/common/schemas";
import { stageFieldsSchema } from "@/server/services/journeys/schemas";
import { useInvalidateJourneys } from "./use-invalidate-journeys";
import { useDialogOpen } from "@/components/forms/use-dialog-open";

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
  const { open, setOpen } = useDialogOpen(trigger, onOpenChange);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger && <DialogTrigger asChild>{trigger}</DialogTrigger>}
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{stage ? `Rename ${stage.name}` : "New stage"}</DialogTitle>
          <DialogDescription>
            {stage ? "Stages are the steps of the journey, in the customer's order." : "The stage is added after the last one; you can move it afterwards."}
          </DialogDescription>
        </DialogHeader>
        {open && (
          <StageForm
            journeyId={journeyId}
            stage={stage}
            onDone={(stageId) => {
              setOpen(false);
              onSaved?.(stageId);
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

function StageForm({ journeyId, stage, onDone }: Pick<StageFormDialogProps, "journeyId" | "stage"> & { onDone: (stageId: string) => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const [formError, setFormError] = useState<string | null>(null);
  const add = useMutation(trpc.journeys.addStage.mutationOptions());
  const update = useMutation(trpc.journeys.updateStage.mutationOptions());
  const form = useForm({
    resolver: zodResolver(stageFormSchema),
    defaultValues: { name: stage?.name ?? "", description: stage?.description ?? "" },
  });
  const { errors } = form.formState;
  const pending = add.isPending || update.isPending;
  const idPrefix = stage ? `stage-${stage.id}` : "new-stage";

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      let stageId: string;
      if (stage) {
        await update.mutateAsync({ stageId: stage.id, ...values });
        stageId = stage.id;
      } else {
        stageId = (await add.mutateAsync({ journeyId, ...values })).id;
      }
      await invalidate();
      onDone(stageId);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
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
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save stage"}
        </Button>
      </DialogFooter>
    </form>
  );
}
