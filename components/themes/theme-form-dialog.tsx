"use client";

import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
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
import { useTRPC } from "@/lib/trpc/react";
import { requiredText } from "@/server/services/common/schemas";
import { splitTerms, THEME_NAME_MAX, THEME_TERM_MAX, themeTermsSchema } from "@/server/services/themes/schemas";

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
});

const FIELDS = ["name", "terms"] as const;

export type EditableTheme = { id: string; name: string; terms: string[] };

type ThemeFormDialogProps = {
  /** Absent when adding a theme. */
  theme?: EditableTheme;
  trigger: ReactNode;
};

export function ThemeFormDialog({ theme, trigger }: ThemeFormDialogProps) {
  return (
    <FormDialog
      trigger={trigger}
      title={theme ? `Edit ${theme.name}` : "Add a theme"}
      description={
        <>
          A comment gets the theme when it contains one of its words or phrases, in any form: &ldquo;delay&rdquo; also
          finds delayed and delays.
        </>
      }
    >
      {(close) => <ThemeForm theme={theme} onDone={close} />}
    </FormDialog>
  );
}

function ThemeForm({ theme, onDone }: { theme: ThemeFormDialogProps["theme"]; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.themes.create.mutationOptions());
  const update = useMutation(trpc.themes.update.mutationOptions());
  const form = useForm({
    resolver: zodResolver(themeFormSchema),
    defaultValues: { name: theme?.name ?? "", terms: theme?.terms.join("\n") ?? "" },
  });
  const { formError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  const pending = create.isPending || update.isPending;

  const onSubmit = submit(async (values) => {
    const input = { name: values.name, terms: splitTerms(values.terms) };
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
      <DialogFormFooter pending={pending} submitLabel={theme ? "Save changes" : "Add theme"} />
    </form>
  );
}
