"use client";

import { useState } from "react";
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
} from "@/components/ui/dialog";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useTRPC } from "@/lib/trpc/react";
import { applyServerErrors } from "@/lib/trpc/errors";
import { journeyFieldsSchema } from "@/server/services/journeys/schemas";
import type { EditableJourney } from "./journey-form-dialog";
import { SegmentFields, segmentRowsSchema, toSegmentRecord, toSegmentRows } from "./segment-fields";
import { useInvalidateJourneys } from "./use-invalidate-journeys";

const duplicateSchema = z.object({ name: journeyFieldsSchema.shape.name, segment: segmentRowsSchema });

type DuplicateJourneyDialogProps = { journey: EditableJourney; onOpenChange: (open: boolean) => void };

/** Copies a journey with its stages, touch points and KPIs, for another segment or persona. */
export function DuplicateJourneyDialog({ journey, onOpenChange }: DuplicateJourneyDialogProps) {
  const trpc = useTRPC();
  const invalidate = useInvalidateJourneys();
  const [formError, setFormError] = useState<string | null>(null);
  const duplicate = useMutation(trpc.journeys.duplicate.mutationOptions());
  const form = useForm({
    resolver: zodResolver(duplicateSchema),
    defaultValues: { name: `${journey.name} (copy)`, segment: toSegmentRows(journey.segment) },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ name, segment }) => {
    setFormError(null);
    try {
      await duplicate.mutateAsync({ journeyId: journey.id, name, segment: toSegmentRecord(segment) });
      await invalidate();
      onOpenChange(false);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["name"]));
    }
  });

  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Duplicate {journey.name}</DialogTitle>
          <DialogDescription>
            The copy has the same stages, touch points and KPIs. Give it its own name and the segment it serves.
          </DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="grid gap-4">
          <FormAlert message={formError} />
          <TextField
            id="duplicate-name"
            label="Journey name"
            autoComplete="off"
            error={errors.name?.message}
            {...form.register("name")}
          />
          <SegmentFields idPrefix="duplicate" form={form} />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" disabled={duplicate.isPending}>
              {duplicate.isPending ? "Duplicating…" : "Duplicate journey"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
