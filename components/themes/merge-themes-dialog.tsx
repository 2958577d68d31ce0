"use client";

import { useState, type ReactNode } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useTRPC } from "@/lib/trpc/react";
import { applyServerErrors } from "@/lib/trpc/errors";
import { mergeThemesSchema } from "@/server/services/themes/schemas";
import type { EditableTheme } from "./theme-form-dialog";

const FIELDS = ["themeIds", "name"] as const;

type MergeThemesDialogProps = { themes: EditableTheme[]; trigger: ReactNode };

/** Two or more themes become one, with all their words and phrases, under a name the director chooses. */
export function MergeThemesDialog({ themes, trigger }: MergeThemesDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Merge themes</DialogTitle>
          <DialogDescription>
            The themes you tick become one theme with all their words and phrases. Comments that arrive from now on get the
            merged theme; stored ones do once you rescore stored feedback.
          </DialogDescription>
        </DialogHeader>
        {open && <MergeForm themes={themes} onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function MergeForm({ themes, onDone }: { themes: EditableTheme[]; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const merge = useMutation(trpc.themes.merge.mutationOptions());
  const form = useForm({ resolver: zodResolver(mergeThemesSchema), defaultValues: { themeIds: [] as string[], name: "" } });
  const { errors } = form.formState;
  const chosen = useWatch({ control: form.control, name: "themeIds" });
  const termCount = new Set(themes.filter((theme) => chosen.includes(theme.id)).flatMap((theme) => theme.terms)).size;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await merge.mutateAsync(values);
      await queryClient.invalidateQueries(trpc.themes.pathFilter());
      onDone();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  const themesError = errors.themeIds?.message ?? errors.themeIds?.root?.message;
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <fieldset
        className="grid gap-2"
        aria-invalid={themesError ? true : undefined}
        aria-describedby={themesError ? "merge-themes-error" : "merge-themes-description"}
      >
        <legend className="mb-2 text-sm leading-none font-medium">Themes to merge</legend>
        <Controller
          control={form.control}
          name="themeIds"
          render={({ field }) => (
            <ul className="grid max-h-64 gap-2 overflow-y-auto rounded-md border p-3">
              {themes.map((theme) => {
                const id = `merge-${theme.id}`;
                return (
                  <li key={theme.id} className="flex items-center gap-2">
                    <Checkbox
                      id={id}
                      checked={field.value.includes(theme.id)}
                      onCheckedChange={(checked) =>
                        field.onChange(checked === true ? [...field.value, theme.id] : field.value.filter((value) => value !== theme.id))
                      }
                    />
                    <Label htmlFor={id} className="font-normal">
                      {theme.name}
                    </Label>
                  </li>
                );
              })}
            </ul>
          )}
        />
        {themesError ? (
          <p role="alert" id="merge-themes-error" className="text-sm text-destructive">
            {themesError}
          </p>
        ) : (
          <p id="merge-themes-description" className="text-sm text-muted-foreground">
            {chosen.length < 2
              ? "Tick two or more."
              : `${chosen.length} themes, ${termCount} words and phrases together.`}
          </p>
        )}
      </fieldset>
      <TextField id="merge-name" label="Name of the merged theme" autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={merge.isPending}>
          {merge.isPending ? "Merging…" : "Merge themes"}
        </Button>
      </DialogFooter>
    </form>
  );
}
