"use client";

import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { CheckboxList } from "@/components/forms/checkbox-list";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { describedBy, TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { daySchema } from "@/lib/schemas/coaching";
import { optionalText } from "@/lib/schemas/common";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import { z } from "zod";

// The form keeps the follow-up as text ("" = none); the schema's null is made on submit.
const formSchema = z
  .object({
    userId: z.string().min(1, "Choose the person you coached"),
    heldOn: daySchema("Session date"),
    touchPointIds: z.array(z.string()).min(1, "Choose at least one touch point"),
    notes: optionalText("Notes", 5000),
    actions: optionalText("Agreed actions", 5000),
    followUp: z.union([z.literal(""), daySchema("Follow-up date")]),
  })
  .refine((value) => !value.followUp || value.followUp >= value.heldOn, { message: "The follow-up date must be on or after the session date", path: ["followUp"] });

type FormValues = z.input<typeof formSchema>;

const FIELDS = { userId: "userId", heldOn: "heldOn", touchPointIds: "touchPointIds", notes: "notes", actions: "actions", followUpOn: "followUp" } as const;

/** A lead records a 1:1: with whom, when, about which touch points, what was said and agreed, when to follow up. */
export function RecordCoachingForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.coaching.formOptions.queryOptions());
  const record = useMutation(trpc.coaching.record.mutationOptions());
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { userId: "", heldOn: "", touchPointIds: [], notes: "", actions: "", followUp: "" },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  // Kept apart from the form state: resetting the form for the next session clears that.
  const [recorded, setRecorded] = useState(false);
  const userId = useWatch({ control: form.control, name: "userId" });
  const today = options.data?.today;

  useEffect(() => {
    if (today && !form.getValues("heldOn")) form.setValue("heldOn", today);
  }, [today, form]);

  // A person's touch points differ: drop the ticks that no longer apply.
  const person = options.data?.people.find((p) => p.id === userId);
  const allowed = new Set(person?.touchPointIds ?? []);
  const touchPointOptions = (options.data?.touchPoints ?? []).filter((tp) => allowed.has(tp.id)).map((tp) => ({ value: tp.id, label: tp.name, id: `coaching-tp-${tp.id}` }));

  const onSubmit = submit(async ({ followUp, ...values }) => {
    setRecorded(false);
    await record.mutateAsync({ ...values, touchPointIds: values.touchPointIds.filter((id) => allowed.has(id)), followUpOn: followUp || null });
    await queryClient.invalidateQueries(trpc.coaching.pathFilter());
    form.reset({ userId: "", heldOn: today ?? "", touchPointIds: [], notes: "", actions: "", followUp: "" });
    setRecorded(true);
  });

  if (options.isPending) return <SkeletonRows label="Loading the form" rowClassName="h-10" />;
  if (options.isError) return <FormAlert message={errorMessage(options.error)} />;
  if (options.data.people.length === 0) {
    return <p className="text-sm text-muted-foreground">Nobody to coach yet: the people of the teams you lead appear here.</p>;
  }
  const tpError = errors.touchPointIds?.message ?? errors.touchPointIds?.root?.message;

  return (
    <form noValidate onSubmit={onSubmit} className="grid max-w-3xl gap-4" aria-label="Record a session">
      <FormAlert message={formError} />
      <p role="status" className="text-sm text-success">
        {recorded && !formError ? "Session recorded. The person is asked to confirm it." : null}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="coaching-person" label="Person" error={errors.userId?.message} {...form.register("userId")}>
          <option value="">Choose a person…</option>
          {options.data.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <TextField id="coaching-held-on" type="date" label="Held on" max={today} error={errors.heldOn?.message} {...form.register("heldOn")} />
      </div>
      <fieldset className="grid gap-2" aria-invalid={tpError ? true : undefined} aria-describedby={tpError ? "coaching-touch-points-error" : "coaching-touch-points-description"}>
        <legend className="mb-2 text-sm font-medium">Touch points it was about</legend>
        {!userId ? (
          <p id="coaching-touch-points-description" className="text-sm text-muted-foreground">
            Choose the person first: the touch points their team owns are listed.
          </p>
        ) : touchPointOptions.length === 0 ? (
          <p id="coaching-touch-points-description" className="text-sm text-muted-foreground">
            This person&apos;s team owns no touch point.
          </p>
        ) : (
          <Controller
            control={form.control}
            name="touchPointIds"
            render={({ field }) => <CheckboxList options={touchPointOptions} value={field.value} onChange={field.onChange} onBlur={field.onBlur} className="max-h-56 overflow-y-auto" />}
          />
        )}
        {tpError && (
          <p role="alert" id="coaching-touch-points-error" className="text-sm text-destructive">
            {tpError}
          </p>
        )}
      </fieldset>
      <FormField label="Notes" htmlFor="coaching-notes" error={errors.notes?.message}>
        <Textarea id="coaching-notes" rows={3} aria-invalid={errors.notes ? true : undefined} aria-describedby={describedBy("coaching-notes", errors.notes?.message)} {...form.register("notes")} />
      </FormField>
      <FormField label="Agreed actions" htmlFor="coaching-actions" error={errors.actions?.message}>
        <Textarea id="coaching-actions" rows={3} aria-invalid={errors.actions ? true : undefined} aria-describedby={describedBy("coaching-actions", errors.actions?.message)} {...form.register("actions")} />
      </FormField>
      <TextField id="coaching-follow-up" type="date" label="Follow-up on (optional)" min={form.getValues("heldOn") || undefined} error={errors.followUp?.message} {...form.register("followUp")} />
      <Button type="submit" className="justify-self-start" disabled={record.isPending}>
        {record.isPending ? "Saving…" : "Record session"}
      </Button>
    </form>
  );
}
