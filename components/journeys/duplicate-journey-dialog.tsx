"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useTRPC } from "@/lib/trpc/react";
import { journeyFieldsSchema } from "@/lib/schemas/journeys";
import type { EditableJourney } from "./journey-form-dialog";
import { SegmentFields, segmentRowsSchema, toSegmentRecord, toSegmentRows } from "./segment-fields";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

const duplicateSchema = z.object({ name: journeyFieldsSchema.shape.name, segment: segmentRowsSchema });

type DuplicateJourneyDialogProps = { journey: EditableJourney; onOpenChange: (open: boolean) => void };

/** Copies a journey with its stages, touch points and KPIs, for another segment or persona. */
export function DuplicateJourneyDialog({ journey, onOpenChange }: DuplicateJourneyDialogProps) {
  return (
    <FormDialog
      onOpenChange={onOpenChange}
      className="sm:max-w-xl"
      title={`Duplicate ${journey.name}`}
      description="The copy has the same stages, touch points and KPIs. Give it its own name and the segment it serves."
    >
      {(close) => <DuplicateForm journey={journey} onDone={close} />}
    </FormDialog>
  );
}

function DuplicateForm({ journey, onDone }: { journey: EditableJourney; onDone: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const duplicate = useMutation(trpc.journeys.duplicate.mutationOptions());
  const form = useForm({
    resolver: zodResolver(duplicateSchema),
    defaultValues: { name: `${journey.name} (copy)`, segment: toSegmentRows(journey.segment) },
  });
  const { formError, submit } = useServerSubmit(form, ["name"]);
  const { errors } = form.formState;

  const onSubmit = submit(async ({ name, segment }) => {
    await duplicate.mutateAsync({ journeyId: journey.id, name, segment: toSegmentRecord(segment) });
    await invalidate();
    onDone();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField id="duplicate-name" label="Journey name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <SegmentFields idPrefix="duplicate" form={form} />
      <DialogFormFooter pending={duplicate.isPending} submitLabel="Duplicate journey" pendingLabel="Duplicating…" />
    </form>
  );
}
