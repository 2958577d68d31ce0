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

/** A session being edited: the coach changes it until the person confirms it. */
export type EditedSession = { id: string; person: { id: string; name: string }; heldOn: string; touchPoints: { id: string }[]; notes: string; actions: string; followUpOn: string | null };

/**
 * A lead records a 1:1: with whom, when, about which touch points, what was said and agreed, when
 * to follow up. Given `session`, the same form edits it (the person stays) and calls `onDone`.
 */
export function RecordCoachingForm({ session, onDone }: { session?: EditedSession; onDone?: () => void } = {}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.coaching.formOptions.queryOptions());
  const record = useMutation(trpc.coaching.record.mutationOptions());
  const update = useMutation(trpc.coaching.update.mutationOptions());
  // The edit dialog opens over the page's own form: its fields need ids of their own.
  const prefix = session ? "coaching-edit" : "coaching";
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: session
      ? { userId: session.person.id, heldOn: session.heldOn, touchPointIds: session.touchPoints.map((t) => t.id), notes: session.notes, actions: session.actions, followUp: session.followUpOn ?? "" }
      : { userId: "", heldOn: "", touchPointIds: [], notes: "", actions: "", followUp: "" },
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
  const touchPointOptions = (options.data?.touchPoints ?? []).filter((tp) => allowed.has(tp.id)).map((tp) => ({ value: tp.id, label: tp.name, id: `${prefix}-tp-${tp.id}` }));

  const onSubmit = submit(async ({ followUp, userId: person, ...values }) => {
    setRecorded(false);
    const fields = { ...values, touchPointIds: values.touchPointIds.filter((id) => allowed.has(id)), followUpOn: followUp || null };
    if (session) await update.mutateAsync({ sessionId: session.id, ...fields });
    else await record.mutateAsync({ userId: person, ...fields });
    await queryClient.invalidateQueries(trpc.coaching.pathFilter());
    if (session) {
      onDone?.();
      return;
    }
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
    <form noValidate onSubmit={onSubmit} className="grid max-w-3xl gap-4" aria-label={session ? "Edit the session" : "Record a session"}>
      <FormAlert message={formError} />
      <p role="status" className="text-sm text-success">
        {recorded && !formError ? "Session recorded. The person is asked to confirm it." : null}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {session ? (
          <div className="grid gap-2">
            <p className="text-sm font-medium">Person</p>
            <p className="text-sm">{session.person.name}</p>
          </div>
        ) : (
          <SelectField id={`${prefix}-person`} label="Person" error={errors.userId?.message} {...form.register("userId")}>
            <option value="">Choose a person…</option>
            {options.data.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField id={`${prefix}-held-on`} type="date" label="Held on" max={today} error={errors.heldOn?.message} {...form.register("heldOn")} />
      </div>
      <fieldset className="grid gap-2" aria-invalid={tpError ? true : undefined} aria-describedby={tpError ? `${prefix}-touch-points-error` : !userId || touchPointOptions.length === 0 ? `${prefix}-touch-points-description` : undefined}>
        <legend className="mb-2 text-sm font-medium">Touch points it was about</legend>
        {!userId ? (
          <p id={`${prefix}-touch-points-description`} className="text-sm text-muted-foreground">
            Choose the person first: the touch points their team owns are listed.
          </p>
        ) : touchPointOptions.length === 0 ? (
          <p id={`${prefix}-touch-points-description`} className="text-sm text-muted-foreground">
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
          <p role="alert" id={`${prefix}-touch-points-error`} className="text-sm text-destructive">
            {tpError}
          </p>
        )}
      </fieldset>
      <FormField label="Notes" htmlFor={`${prefix}-notes`} error={errors.notes?.message}>
        <Textarea id={`${prefix}-notes`} rows={3} aria-invalid={errors.notes ? true : undefined} aria-describedby={describedBy(`${prefix}-notes`, errors.notes?.message)} {...form.register("notes")} />
      </FormField>
      <FormField label="Agreed actions" htmlFor={`${prefix}-actions`} error={errors.actions?.message}>
        <Textarea id={`${prefix}-actions`} rows={3} aria-invalid={errors.actions ? true : undefined} aria-describedby={describedBy(`${prefix}-actions`, errors.actions?.message)} {...form.register("actions")} />
      </FormField>
      <TextField id={`${prefix}-follow-up`} type="date" label="Follow-up on (optional)" min={form.getValues("heldOn") || undefined} error={errors.followUp?.message} {...form.register("followUp")} />
      <Button type="submit" className="justify-self-start" disabled={record.isPending || update.isPending}>
        {record.isPending || update.isPending ? "Saving…" : session ? "Save changes" : "Record session"}
      </Button>
    </form>
  );
}
