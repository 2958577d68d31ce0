"use client";

import type { ReactNode } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { CheckboxList } from "@/components/forms/checkbox-list";
import { ChoiceFieldset } from "@/components/forms/choice-fieldset";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useTRPC } from "@/lib/trpc/react";
import { requiredText } from "@/lib/schemas/common";
import { THEME_NAME_MAX } from "@/lib/schemas/themes";
import type { EditableTheme } from "./theme-form-dialog";

/** The theme's words stay with it unless ticked; the ticked ones move to the new theme. */
const splitFormSchema = (termCount: number) =>
  z
    .object({
      keptName: requiredText("Theme name", THEME_NAME_MAX),
      newName: requiredText("New theme name", THEME_NAME_MAX),
      moved: z.array(z.string()),
    })
    .superRefine((values, ctx) => {
      if (values.keptName.toLowerCase() === values.newName.toLowerCase()) {
        ctx.addIssue({ code: "custom", path: ["newName"], message: "Give the two themes different names" });
      }
      if (values.moved.length === 0) {
        ctx.addIssue({ code: "custom", path: ["moved"], message: "Tick at least one word or phrase for the new theme" });
      } else if (values.moved.length === termCount) {
        ctx.addIssue({ code: "custom", path: ["moved"], message: "Leave at least one word or phrase in the first theme" });
      }
    });

// The server's paths, so its messages land on the field that caused them.
const SERVER_FIELD: Record<string, "keptName" | "newName" | "moved"> = {
  "first.name": "keptName",
  "second.name": "newName",
  "first.terms": "moved",
  "second.terms": "moved",
  terms: "moved",
};

type SplitThemeDialogProps = { theme: EditableTheme; trigger: ReactNode };

/** One theme becomes two: the director ticks the words and phrases that move to a new, named theme. */
export function SplitThemeDialog({ theme, trigger }: SplitThemeDialogProps) {
  return (
    <FormDialog
      trigger={trigger}
      className="sm:max-w-xl"
      title={`Split ${theme.name}`}
      description={
        <>
          Tick the words and phrases that move to a new theme; the others stay. Comments that arrive from now on get the
          two themes; stored ones do once you rescore stored feedback.
        </>
      }
    >
      {(close) => <SplitForm theme={theme} onDone={close} />}
    </FormDialog>
  );
}

function SplitForm({ theme, onDone }: { theme: EditableTheme; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const split = useMutation(trpc.themes.split.mutationOptions());
  const form = useForm({
    resolver: zodResolver(splitFormSchema(theme.terms.length)),
    defaultValues: { keptName: theme.name, newName: "", moved: [] as string[] },
  });
  const { formError, submit } = useServerSubmit(form, SERVER_FIELD);
  const { errors } = form.formState;
  const moved = useWatch({ control: form.control, name: "moved" });

  const onSubmit = submit(async (values) => {
    await split.mutateAsync({
      themeId: theme.id,
      first: { name: values.keptName, terms: theme.terms.filter((term) => !values.moved.includes(term)) },
      second: { name: values.newName, terms: theme.terms.filter((term) => values.moved.includes(term)) },
    });
    await queryClient.invalidateQueries(trpc.themes.pathFilter());
    onDone();
  });

  const movedError = errors.moved?.message ?? errors.moved?.root?.message;
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="split-kept-name" label="Theme name" autoComplete="off" error={errors.keptName?.message} {...form.register("keptName")} />
        <TextField id="split-new-name" label="New theme name" autoComplete="off" error={errors.newName?.message} {...form.register("newName")} />
      </div>
      <ChoiceFieldset
        id="split-moved"
        legend="Words and phrases that move to the new theme"
        error={movedError}
        description={`${moved.length} move, ${theme.terms.length - moved.length} stay.`}
      >
        <Controller
          control={form.control}
          name="moved"
          render={({ field }) => (
            <CheckboxList
              className="max-h-64 overflow-y-auto sm:grid-cols-2"
              options={theme.terms.map((term, index) => ({ value: term, label: term, id: `split-term-${index}` }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
      </ChoiceFieldset>
      <DialogFormFooter pending={split.isPending} submitLabel="Split theme" pendingLabel="Splitting…" />
    </form>
  );
}
