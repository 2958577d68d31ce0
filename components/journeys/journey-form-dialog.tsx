"use client";

import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { describedBy, TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useTRPC } from "@/lib/trpc/react";
import { optionalText } from "@/lib/schemas/common";
import { journeyFieldsSchema } from "@/lib/schemas/journeys";
import { SegmentFields, segmentRowsSchema, toSegmentRecord, toSegmentRows } from "./segment-fields";
import { useInvalidateJourneys } from "./use-invalidate-journeys";
import type { JourneyStatus } from "@/lib/domain/journeys";

const journeyFormSchema = z.object({
  name: journeyFieldsSchema.shape.name,
  description: optionalText("Description", 2000),
  status: journeyFieldsSchema.shape.status.unwrap(),
  segment: segmentRowsSchema,
});

const FIELDS = ["name", "description", "status"] as const;

export type EditableJourney = {
  id: string;
  name: string;
  description: string | null;
  segment: Record<string, string>;
  status: JourneyStatus;
};

type JourneyFormDialogProps = {
  /** Absent when creating a journey. */
  journey?: EditableJourney;
  /** A trigger makes the dialog open itself; without one, the caller controls it (always open). */
  trigger?: ReactNode;
  onOpenChange?: (open: boolean) => void;
};

export function JourneyFormDialog({ journey, trigger, onOpenChange }: JourneyFormDialogProps) {
  return (
    <FormDialog
      trigger={trigger}
      onOpenChange={onOpenChange}
      className="sm:max-w-xl"
      title={journey ? `Edit ${journey.name}` : "New journey"}
      description="A journey is the path a customer takes with you, as stages with their touch points."
    >
      {(close) => <JourneyForm journey={journey} onDone={close} />}
    </FormDialog>
  );
}

function JourneyForm({ journey, onDone }: { journey?: EditableJourney; onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const invalidate = useInvalidateJourneys();
  const create = useMutation(trpc.journeys.create.mutationOptions());
  const update = useMutation(trpc.journeys.update.mutationOptions());
  const form = useForm({
    resolver: zodResolver(journeyFormSchema),
    defaultValues: {
      name: journey?.name ?? "",
      description: journey?.description ?? "",
      status: journey?.status === "active" ? ("active" as const) : ("draft" as const),
      segment: toSegmentRows(journey?.segment),
    },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  const pending = create.isPending || update.isPending;

  const onSubmit = submit(async ({ segment, ...values }) => {
    const fields = { ...values, segment: toSegmentRecord(segment) };
    if (journey) {
      await update.mutateAsync({ journeyId: journey.id, ...fields });
      await invalidate();
      onDone();
    } else {
      const created = await create.mutateAsync(fields);
      await invalidate();
      onDone();
      // A new journey has no stages yet: its map is where the next step happens.
      router.push(`/journeys/${created.id}`);
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField
        id="journey-name"
        label="Journey name"
        autoComplete="off"
        error={errors.name?.message}
        {...form.register("name")}
      />
      <FormField label="Description" htmlFor="journey-description" error={errors.description?.message}>
        <Textarea
          id="journey-description"
          rows={3}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy("journey-description", errors.description?.message)}
          {...form.register("description")}
        />
      </FormField>
      <FormField
        label="Status"
        htmlFor="journey-status"
        error={errors.status?.message}
        description="Only active journeys are shown to team leads and frontline staff."
      >
        <NativeSelect
          id="journey-status"
          aria-invalid={errors.status ? true : undefined}
          aria-describedby={describedBy("journey-status", errors.status?.message, true)}
          {...form.register("status")}
        >
          <option value="draft">Draft</option>
          <option value="active">Active</option>
        </NativeSelect>
      </FormField>
      <SegmentFields idPrefix="journey" form={form} />
      <DialogFormFooter pending={pending} submitLabel={journey ? "Save journey" : "Create journey"} />
    </form>
  );
}
