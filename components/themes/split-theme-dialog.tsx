"use client";

import { useState, type ReactNode } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
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
import { errorMessage, serverFieldErrors } from "@/lib/trpc/errors";
import { requiredText } from "@/server/services/common/schemas";
import { THEME_NAME_MAX } from "@/server/services/themes/schemas";
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
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Split {theme.name}</DialogTitle>
          <DialogDescription>
            Tick the words and phrases that move to a new theme; the others stay. Comments that arrive from now on get the
            two themes; stored ones do once you rescore stored feedback.
          </DialogDescription>
        </DialogHeader>
        {open && <SplitForm theme={theme} onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function SplitForm({ theme, onDone }: { theme: EditableTheme; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const split = useMutation(trpc.themes.split.mutationOptions());
  const form = useForm({
    resolver: zodResolver(splitFormSchema(theme.terms.length)),
    defaultValues: { keptName: theme.name, newName: "", moved: [] as string[] },
  });
  const { errors } = form.formState;
  const moved = useWatch({ control: form.control, name: "moved" });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await split.mutateAsync({
        themeId: theme.id,
        first: { name: values.keptName, terms: theme.terms.filter((term) => !values.moved.includes(term)) },
        second: { name: values.newName, terms: theme.terms.filter((term) => values.moved.includes(term)) },
      });
      await queryClient.invalidateQueries(trpc.themes.pathFilter());
      onDone();
    } catch (error) {
      let placed = false;
      let unplaced = false;
      for (const [path, messages] of Object.entries(serverFieldErrors(error))) {
        const field = SERVER_FIELD[path];
        if (field && messages[0]) {
          form.setError(field, { type: "server", message: messages[0] }, { shouldFocus: !placed });
          placed = true;
        } else {
          unplaced = true;
        }
      }
      setFormError(placed && !unplaced ? null : errorMessage(error));
    }
  });

  const movedError = errors.moved?.message ?? errors.moved?.root?.message;
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="split-kept-name" label="Theme name" autoComplete="off" error={errors.keptName?.message} {...form.register("keptName")} />
        <TextField id="split-new-name" label="New theme name" autoComplete="off" error={errors.newName?.message} {...form.register("newName")} />
      </div>
      <fieldset
        className="grid gap-2"
        aria-invalid={movedError ? true : undefined}
        aria-describedby={movedError ? "split-moved-error" : "split-moved-description"}
      >
        <legend className="mb-2 text-sm leading-none font-medium">Words and phrases that move to the new theme</legend>
        <Controller
          control={form.control}
          name="moved"
          render={({ field }) => (
            <ul className="grid max-h-64 gap-2 overflow-y-auto rounded-md border p-3 sm:grid-cols-2">
              {theme.terms.map((term, index) => {
                const id = `split-term-${index}`;
                return (
                  <li key={term} className="flex items-center gap-2">
                    <Checkbox
                      id={id}
                      checked={field.value.includes(term)}
                      onCheckedChange={(checked) =>
                        field.onChange(checked === true ? [...field.value, term] : field.value.filter((value) => value !== term))
                      }
                    />
                    <Label htmlFor={id} className="font-normal">
                      {term}
                    </Label>
                  </li>
                );
              })}
            </ul>
          )}
        />
        {movedError ? (
          <p role="alert" id="split-moved-error" className="text-sm text-destructive">
            {movedError}
          </p>
        ) : (
          <p id="split-moved-description" className="text-sm text-muted-foreground">
            {moved.length} move, {theme.terms.length - moved.length} stay.
          </p>
        )}
      </fieldset>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={split.isPending}>
          {split.isPending ? "Splitting…" : "Split theme"}
        </Button>
      </DialogFooter>
    </form>
  );
}
