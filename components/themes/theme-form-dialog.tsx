"use client";

import type { ReactNode } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { FormField } from "@/components/ui/form-field";
import { CheckboxList } from "@/components/forms/checkbox-list";
import { Textarea } from "@/components/ui/textarea";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { describedBy, TextField } from "@/components/forms/text-field";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { useTRPC } from "@/lib/trpc/react";
import { requiredText } from "@/lib/schemas/common";
import { splitTerms, THEME_NAME_MAX, THEME_TERM_MAX, themeTermsSchema } from "@/lib/schemas/themes";

// The terms are typed as text; the same rules as the server's, with the offending term named.
const themeFormSchema = z.object({
  name: requiredText("Theme name", THEME_NAME_MAX),
  terms: z.string().superRefine((text, ctx) => {
    const terms = splitTerms(text);
    const long = terms.find((term) => term.length > THEME_TERM_MAX);
    if (long) {
      ctx.addIssue({ code: "custom", message: `"${long.slice(0, 24)}…" is longer than ${THEME_TERM_MAX} characters` });
      return;
    }
    const parsed = themeTermsSchema.safeParse(terms);
    if (!parsed.success) ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "Check the terms" });
  }),
  journeyIds: z.array(z.string()),
});

const FIELDS = ["name", "terms", "journeyIds"] as const;

export type EditableTheme = { id: string; name: string; terms: string[]; journeyIds: string[] };

type ThemeFormDialogProps = {
  /** Absent when adding a theme. */
  theme?: EditableTheme;
  /** What a new theme's fields start with (an accepted suggestion). */
  initial?: Omit<EditableTheme, "id">;
  title?: string;
  trigger: ReactNode;
  /** After the theme was saved (the suggestion list drops the accepted one). */
  onSaved?: () => void;
};

export function ThemeFormDialog({ theme, initial, title, trigger, onSaved }: ThemeFormDialogProps) {
  return (
    <FormDialog
      trigger={trigger}
      title={title ?? (theme ? `Edit ${theme.name}` : "Add a theme")}
      description={
        <>
          A comment gets the theme when it contains one of its words or phrases, in any form: &ldquo;delay&rdquo; also
          finds delayed and delays.
        </>
      }
    >
      {(close) => (
        <ThemeForm
          theme={theme}
          initial={initial}
          onDone={() => {
            close();
            onSaved?.();
          }}
        />
      )}
    </FormDialog>
  );
}

type ThemeFormProps = { theme: ThemeFormDialogProps["theme"]; initial: ThemeFormDialogProps["initial"]; onDone: () => void };

function ThemeForm({ theme, initial, onDone }: ThemeFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.themes.create.mutationOptions());
  const update = useMutation(trpc.themes.update.mutationOptions());
  // Archived ones too: a theme limited to a journey since archived keeps that limit until unticked.
  const journeys = useQuery(trpc.journeys.list.queryOptions({ includeArchived: true }));
  const start = theme ?? initial;
  const form = useForm({
    resolver: zodResolver(themeFormSchema),
    defaultValues: { name: start?.name ?? "", terms: start?.terms.join("\n") ?? "", journeyIds: start?.journeyIds ?? [] },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  const pending = create.isPending || update.isPending;

  const onSubmit = submit(async (values) => {
    const input = { name: values.name, terms: splitTerms(values.terms), journeyIds: values.journeyIds };
    if (theme) await update.mutateAsync({ themeId: theme.id, ...input });
    else await create.mutateAsync(input);
    await queryClient.invalidateQueries(trpc.themes.pathFilter());
    onDone();
  });

  const termsHelp = "One per line, or separated by commas.";
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <TextField id="theme-name" label="Theme name" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <FormField label="Words and phrases" htmlFor="theme-terms" error={errors.terms?.message} description={termsHelp}>
        <Textarea
          id="theme-terms"
          rows={6}
          className="max-h-72"
          aria-invalid={errors.terms ? true : undefined}
          aria-describedby={describedBy("theme-terms", errors.terms?.message, termsHelp)}
          {...form.register("terms")}
        />
      </FormField>
      <FormField
        label="Journeys"
        htmlFor="theme-journeys"
        error={errors.journeyIds?.message}
        description="Tick none for every journey, or the journeys whose comments this theme applies to."
      >
        {journeys.isPending ? (
          <p id="theme-journeys" className="text-sm text-muted-foreground">
            Loading journeys…
          </p>
        ) : journeys.isError ? (
          <p id="theme-journeys" className="text-sm text-destructive">
            Journeys could not be loaded; the theme keeps its journeys.
          </p>
        ) : journeys.data.length === 0 ? (
          <p id="theme-journeys" className="text-sm text-muted-foreground">
            No journeys yet: the theme applies to every comment.
          </p>
        ) : (
          <Controller
            control={form.control}
            name="journeyIds"
            render={({ field }) => (
              <div id="theme-journeys" role="group" aria-label="Journeys">
                <CheckboxList
                  className="max-h-48 overflow-y-auto"
                  options={journeys.data
                    .filter((journey) => journey.status !== "archived" || field.value.includes(journey.id))
                    .map((journey) => ({
                      value: journey.id,
                      label: journey.status === "archived" ? `${journey.name} (archived)` : journey.name,
                      id: `theme-journey-${journey.id}`,
                    }))}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              </div>
            )}
          />
        )}
      </FormField>
      <DialogFormFooter pending={pending} submitLabel={theme ? "Save changes" : "Add theme"} />
    </form>
  );
}
