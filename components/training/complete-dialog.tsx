"use client";

import type { ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
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
import { optionalText } from "@/lib/schemas/common";
import { REFLECTION_MAX } from "@/lib/schemas/training";
import { useTRPC } from "@/lib/trpc/react";

const formSchema = z.object({
  // Typed as text: an empty box is "no score", not 0.
  score: z
    .string()
    .trim()
    .refine((text) => text === "" || (/^\d+(\.\d+)?$/.test(text) && Number(text) <= 100), "Score must be a number between 0 and 100"),
  reflection: optionalText("Reflection", REFLECTION_MAX),
});

/** The person completes their assignment: an optional score and a short reflection on what they will do differently. */
export function CompleteDialog({ assignmentId, moduleTitle, trigger }: { assignmentId: string; moduleTitle: string; trigger: ReactNode }) {
  return (
    <FormDialog trigger={trigger} title={`Complete ${moduleTitle}`} description="Your lead sees your score and reflection with your training record.">
      {(close) => <CompleteForm assignmentId={assignmentId} onDone={close} />}
    </FormDialog>
  );
}

function CompleteForm({ assignmentId, onDone }: { assignmentId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const complete = useMutation(trpc.training.complete.mutationOptions());
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: { score: "", reflection: "" } });
  const { formError, submit } = useServerSubmit(form, ["score", "reflection"]);
  const { errors } = form.formState;
  const length = (useWatch({ control: form.control, name: "reflection" }) ?? "").length;
  const onSubmit = submit(async ({ score, reflection }) => {
    await complete.mutateAsync({ assignmentId, score: score === "" ? null : Number(score), reflection: reflection || null });
    await queryClient.invalidateQueries(trpc.training.pathFilter());
    onDone();
  });
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField id="complete-score" label="Score (optional, 0-100)" inputMode="decimal" autoComplete="off" error={errors.score?.message} {...form.register("score")} />
      <FormField label="Reflection (optional)" htmlFor="complete-reflection" error={errors.reflection?.message} description={`What will you do differently with customers? ${length}/${REFLECTION_MAX} characters.`}>
        <Textarea
          id="complete-reflection"
          rows={4}
          maxLength={REFLECTION_MAX}
          aria-invalid={errors.reflection ? true : undefined}
          aria-describedby={describedBy("complete-reflection", errors.reflection?.message, true)}
          {...form.register("reflection")}
        />
      </FormField>
      <DialogFormFooter pending={complete.isPending} submitLabel="Mark as completed" />
    </form>
  );
}
