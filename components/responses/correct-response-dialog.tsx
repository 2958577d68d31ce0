"use client";

import { useId } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { Separator } from "@/components/ui/separator";
import { Skeleton } from "@/components/ui/skeleton";
import { CheckboxList } from "@/components/forms/checkbox-list";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { FormAlert } from "@/components/forms/form-alert";
import { FormDialog } from "@/components/forms/form-dialog";
import { useServerSubmit } from "@/components/forms/use-server-submit";
import { SENTIMENT_LABEL_NAMES, SENTIMENT_LABELS } from "@/lib/domain/sentiment";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import type { RouterOutputs } from "@/lib/trpc/types";
import { CorrectionHistory } from "./correction-history";

type History = RouterOutputs["responses"]["corrections"];

const formSchema = z.object({
  sentimentLabel: z.enum(SENTIMENT_LABELS, "Choose positive, neutral or negative").nullable(),
  themes: z.array(z.string()),
});
type FormValues = z.infer<typeof formSchema>;
const FIELDS = ["sentimentLabel", "themes"] as const;

/** "Correct" on a response row: the label and themes today, a form to change them, and the corrections so far. */
export function CorrectResponseDialog({ feedbackId, comment }: { feedbackId: string; comment: string }) {
  return (
    <FormDialog
      trigger={
        <Button variant="outline" size="sm" aria-label={`Correct the response "${comment.slice(0, 60)}"`}>
          Correct
        </Button>
      }
      className="sm:max-w-2xl"
      title="Correct this response"
      description={`“${comment}”`}
      descriptionClassName="line-clamp-4 whitespace-pre-wrap break-words"
    >
      {(close) => <CorrectionForm feedbackId={feedbackId} onDone={close} />}
    </FormDialog>
  );
}

function CorrectionForm({ feedbackId, onDone }: { feedbackId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.responses.corrections.queryOptions({ feedbackId }));
  if (history.isPending) {
    return (
      <div role="status" aria-label="Loading the response" className="grid gap-2">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }
  if (history.isError) return <FormAlert message={errorMessage(history.error)} />;
  return <LoadedForm history={history.data} onDone={onDone} />;
}

/** Who decided the label today, in words. */
function decidedBy(response: History["response"], latest: History["corrections"][number] | undefined): string {
  if (response.sentimentSource === "lexicon") return "by the word list (lexicon)";
  if (response.sentimentSource === "model") return "by your organisation's model";
  if (response.sentimentSource === "label") {
    const labelSetter = latest?.labelAfter ? latest : undefined;
    if (labelSetter?.source === "import") return "imported with the file";
    return labelSetter?.correctedBy ? `set by ${labelSetter.correctedBy.name}` : "set by a person";
  }
  return "";
}

function LoadedForm({ history, onDone }: { history: History; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const idPrefix = useId();
  const correct = useMutation(trpc.responses.correct.mutationOptions());
  const { response, corrections } = history;
  const defaults: FormValues = { sentimentLabel: response.sentimentLabel, themes: response.themes };
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: defaults });
  const { formError, setFormError, submit } = useServerSubmit(form, FIELDS);
  const { errors } = form.formState;
  // A theme the response carries that the taxonomy no longer has stays on offer, so it can be kept or removed.
  const themeNames = [...history.themeNames, ...response.themes.filter((theme) => !history.themeNames.includes(theme))];
  const latestLabel = corrections.find((c) => c.labelAfter !== null);

  const onSubmit = submit(async (values) => {
    const labelChanged = values.sentimentLabel !== null && values.sentimentLabel !== defaults.sentimentLabel;
    const themesChanged = values.themes.length !== defaults.themes.length || values.themes.some((theme) => !defaults.themes.includes(theme));
    if (!labelChanged && !themesChanged) {
      setFormError("Change the label or the themes first.");
      return;
    }
    await correct.mutateAsync({
      feedbackId: response.id,
      ...(labelChanged ? { sentimentLabel: values.sentimentLabel! } : {}),
      ...(themesChanged ? { themes: themeNames.filter((theme) => values.themes.includes(theme)) } : {}),
    });
    await Promise.all([
      queryClient.invalidateQueries(trpc.responses.pathFilter()),
      // Rollups moved: the dashboards' figures and theme counts may have too.
      queryClient.invalidateQueries(trpc.dashboards.pathFilter()),
    ]);
    onDone();
  });

  return (
    <div className="grid gap-4">
      <form noValidate onSubmit={onSubmit} className="grid gap-4">
        <FormAlert message={formError} />
        <fieldset className="grid gap-2">
          <legend className="mb-2 text-sm font-medium">Sentiment label</legend>
          <p className="text-sm text-muted-foreground" id={`${idPrefix}-label-today`}>
            {response.sentimentLabel ? (
              <>
                Today: <span className="font-medium text-foreground">{response.sentimentLabel}</span>, {decidedBy(response, latestLabel)}.
              </>
            ) : (
              "Today: no label (the comment may not be in English)."
            )}
          </p>
          <Controller
            control={form.control}
            name="sentimentLabel"
            render={({ field }) => (
              <RadioGroup
                ref={field.ref}
                value={field.value ?? ""}
                onValueChange={(value) => field.onChange(value)}
                aria-describedby={`${idPrefix}-label-today`}
                aria-invalid={errors.sentimentLabel ? true : undefined}
                className="flex flex-wrap gap-4"
              >
                {SENTIMENT_LABELS.map((label) => (
                  <div key={label} className="flex items-center gap-2">
                    <RadioGroupItem value={label} id={`${idPrefix}-${label}`} />
                    <Label htmlFor={`${idPrefix}-${label}`}>{SENTIMENT_LABEL_NAMES[label]}</Label>
                  </div>
                ))}
              </RadioGroup>
            )}
          />
          {errors.sentimentLabel?.message && (
            <p role="alert" className="text-sm text-destructive">
              {errors.sentimentLabel.message}
            </p>
          )}
        </fieldset>

        <fieldset className="grid gap-2">
          <legend className="mb-2 text-sm font-medium">Themes</legend>
          <p className="text-sm text-muted-foreground">
            {response.themesCorrected ? "Chosen by a person: no re-tagging changes them." : "Found by the theme word lists."} Tick what the comment is about.
          </p>
          <Controller
            control={form.control}
            name="themes"
            render={({ field }) => (
              <CheckboxList
                className="max-h-56 overflow-y-auto sm:grid-cols-2"
                options={themeNames.map((theme) => ({
                  value: theme,
                  id: `${idPrefix}-theme-${theme}`,
                  label: (
                    <>
                      {theme}
                      {!history.themeNames.includes(theme) && <span className="text-muted-foreground"> (no longer a theme)</span>}
                    </>
                  ),
                }))}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          />
          {errors.themes?.message && (
            <p role="alert" className="text-sm text-destructive">
              {errors.themes.message}
            </p>
          )}
        </fieldset>

        <DialogFormFooter pending={correct.isPending} submitLabel="Save correction" />
      </form>
      <Separator />
      <CorrectionHistory corrections={corrections} />
    </div>
  );
}
