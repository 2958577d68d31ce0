"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { Send } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { FormAlert } from "@/components/forms/form-alert";
import { describedBy } from "@/components/forms/text-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import type { SurveyQuestion } from "@/db/schema";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, serverFieldErrors } from "@/lib/trpc/errors";
import type { RatingScale } from "@/lib/rating-scale";
import { SCALES, surveyScaleOf } from "./scales";
import { ScoreScale } from "./score-scale";
import { EMPTY_ANSWERS, SERVER_FIELDS, submission, surveyFormSchema } from "./survey-form-schema";
import { SurveyHoneypot } from "./survey-honeypot";

type SurveyFormProps = {
  orgId: string;
  token: string;
  questions: SurveyQuestion[];
  staff: { id: string; label: string }[];
  /** The touch point's rating scale, when the survey asks for a rating. */
  ratingScale: RatingScale | null;
};

export function SurveyForm({ orgId, token, questions, staff, ratingScale }: SurveyFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = useMutation(trpc.surveys.submit.mutationOptions());
  const form = useForm({ resolver: zodResolver(surveyFormSchema(questions)), defaultValues: EMPTY_ANSWERS });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await submit.mutateAsync({ orgId, token, ...submission(values) });
      router.push(`/s/${orgId}/${token}/thanks`);
    } catch (error) {
      let placed = false;
      let unplaced = false;
      for (const [field, messages] of Object.entries(serverFieldErrors(error))) {
        const target = SERVER_FIELDS[field];
        if (target && messages[0]) {
          form.setError(target, { type: "server", message: messages[0] }, { shouldFocus: !placed });
          placed = true;
        } else unplaced = true;
      }
      if (!placed || unplaced) setFormError(errorMessage(error));
    }
  });

  const showStaff = staff.length > 0 && questions.some((q) => q.kind === "staff");

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-8">
      {questions.map((question) => {
        switch (question.kind) {
          case "nps":
          case "csat":
          case "ces":
          case "rating": {
            const kind = question.kind;
            return (
              <Controller
                key={kind}
                control={form.control}
                name={kind}
                render={({ field }) => (
                  <ScoreScale
                    id={`survey-${kind}`}
                    prompt={question.prompt}
                    scale={kind === "rating" && ratingScale ? surveyScaleOf(ratingScale) : SCALES[kind]}
                    required={question.required}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    firstItemRef={field.ref}
                    error={errors[kind]?.message}
                  />
                )}
              />
            );
          }
          case "comment":
            return (
              <FormField
                key="comment"
                htmlFor="survey-comment"
                className="[&>label]:text-base [&>label]:leading-snug"
                label={
                  <span>
                    {question.prompt}
                    {!question.required && <span className="font-normal text-muted-foreground"> (optional)</span>}
                  </span>
                }
                error={errors.comment?.message}
              >
                <Textarea
                  id="survey-comment"
                  rows={4}
                  className="min-h-28"
                  aria-invalid={errors.comment ? true : undefined}
                  aria-describedby={describedBy("survey-comment", errors.comment?.message)}
                  aria-required={question.required || undefined}
                  {...form.register("comment")}
                />
              </FormField>
            );
          case "staff":
            return showStaff ? (
              <FormField
                key="staff"
                htmlFor="survey-staff"
                className="[&>label]:text-base [&>label]:leading-snug"
                label={
                  <span>
                    {question.prompt} <span className="font-normal text-muted-foreground">(optional)</span>
                  </span>
                }
                error={errors.staffId?.message}
              >
                <NativeSelect
                  id="survey-staff"
                  className="h-12"
                  aria-invalid={errors.staffId ? true : undefined}
                  aria-describedby={describedBy("survey-staff", errors.staffId?.message)}
                  {...form.register("staffId")}
                >
                  <option value="">I am not sure</option>
                  {staff.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.label}
                    </option>
                  ))}
                </NativeSelect>
              </FormField>
            ) : null;
        }
      })}
      <SurveyHoneypot {...form.register("website")} />
      <FormAlert message={formError} />
      <Button type="submit" size="lg" className="h-12 w-full text-base" disabled={!hydrated || submit.isPending}>
        <Send aria-hidden="true" />
        {submit.isPending ? "Sending…" : "Send feedback"}
      </Button>
    </form>
  );
}
