"use client";

import type { ReactNode } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CheckboxList } from "@/components/forms/checkbox-list";
import { ChoiceFieldset } from "@/components/forms/choice-fieldset";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useTRPC } from "@/lib/trpc/react";
import { mergeThemesSchema } from "@/lib/schemas/themes";
import type { EditableTheme } from "./theme-form-dialog";

const FIELDS = ["themeIds", "name"] as const;

type MergeThemesDialogProps = { themes: EditableTheme[]; trigger: ReactNode };

/** Two or more themes become one, with all their words and phrases, under a name the director chooses. */
export function MergeThemesDialog({ themes, trigger }: MergeThemesDialogProps) {
  return (
    <FormDialog
      trigger={trigger}
      title="Merge themes"
      description={
        <>
          The themes you tick become one theme with all their words and phrases. Comments that arrive from now on get the
          merged theme; stored ones do once you rescore stored feedback.
        </>
      }
    >
      {(close) => <MergeForm themes={themes} onDone={close} />}
    </FormDialog>
  );
}

function MergeForm({ themes, onDone }: { themes: EditableTheme[]; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const merge = useMutation(trpc.themes.merge.mutationOptions());
  const form = useForm({ resolver: zodResolver(mergeThemesSchema), defaultValues: { themeIds: [] as string[], name: "" } });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  const chosen = useWatch({ control: form.control, name: "themeIds" });
  const termCount = new Set(themes.filter((theme) => chosen.includes(theme.id)).flatMap((theme) => theme.terms)).size;

  const onSubmit = submit(async (values) => {
    await merge.mutateAsync(values);
    await queryClient.invalidateQueries(trpc.themes.pathFilter());
    onDone();
  });

  const themesError = errors.themeIds?.message ?? errors.themeIds?.root?.message;
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <ChoiceFieldset
        id="merge-themes"
        legend="Themes to merge"
        error={themesError}
        description={chosen.length < 2 ? "Tick two or more." : `${chosen.length} themes, ${termCount} words and phrases together.`}
      >
        <Controller
          control={form.control}
          name="themeIds"
          render={({ field }) => (
            <CheckboxList
              className="max-h-64 overflow-y-auto"
              options={themes.map((theme) => ({ value: theme.id, label: theme.name, id: `merge-${theme.id}` }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
      </ChoiceFieldset>
      <TextField id="merge-name" label="Name of the merged theme" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <DialogFormFooter pending={merge.isPending} submitLabel="Merge themes" pendingLabel="Merging…" />
    </form>
  );
}
