"use client";

import { useFieldArray, type ArrayPath, type FieldArray, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Plus, X } from "lucide-react";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { optionalText, requiredText } from "@/lib/schemas/common";

export type SegmentRow = { key: string; value: string };

const MAX_ATTRIBUTES = 20;

/** The segment as editable rows; the server takes a record, so names must be unique. */
export const segmentRowsSchema = z
  .array(z.object({ key: requiredText("Attribute name", 60), value: optionalText("Attribute value", 200) }))
  .max(MAX_ATTRIBUTES, `Use at most ${MAX_ATTRIBUTES} segment attributes`)
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const key = row.key.trim().toLowerCase();
      if (key && seen.has(key)) {
        ctx.addIssue({ code: "custom", path: [index, "key"], message: "Each attribute name can be used once" });
      }
      seen.add(key);
    });
  });

export function toSegmentRows(segment: Record<string, string> | null | undefined): SegmentRow[] {
  return Object.entries(segment ?? {}).map(([key, value]) => ({ key, value: String(value ?? "") }));
}

export function toSegmentRecord(rows: readonly SegmentRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((row) => [row.key.trim(), row.value.trim()]));
}

type SegmentForm = FieldValues & { segment: SegmentRow[] };

type SegmentFieldsProps<T extends SegmentForm> = { idPrefix: string; form: UseFormReturn<T> };

/** Key/value rows for a journey's segment or persona (e.g. class: Business). */
export function SegmentFields<T extends SegmentForm>({ idPrefix, form }: SegmentFieldsProps<T>) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "segment" as ArrayPath<T> });
  const rowErrors = form.formState.errors.segment as
    | ({ key?: { message?: string }; value?: { message?: string } } | undefined)[]
    | { message?: string }
    | undefined;
  const listError = rowErrors && !Array.isArray(rowErrors) ? rowErrors.message : undefined;

  return (
    <fieldset className="grid gap-2" aria-describedby={`${idPrefix}-segment-description`}>
      <legend className="text-sm leading-none font-medium">Segment</legend>
      <p id={`${idPrefix}-segment-description`} className="text-sm text-muted-foreground">
        Who this journey is for, as attributes such as class: Business or loyalty: Gold.
      </p>
      {fields.length > 0 && (
        <div className="grid gap-2">
          {fields.map((field, index) => {
            const errors = Array.isArray(rowErrors) ? rowErrors[index] : undefined;
            const keyError = errors?.key?.message;
            const valueError = errors?.value?.message;
            const errorId = `${idPrefix}-segment-${index}-error`;
            const number = index + 1;
            return (
              <div key={field.id} className="grid gap-1">
                <div className="flex items-center gap-2">
                  <Input
                    aria-label={`Attribute ${number} name`}
                    placeholder="Attribute, e.g. class"
                    autoComplete="off"
                    aria-invalid={keyError ? true : undefined}
                    aria-describedby={keyError || valueError ? errorId : undefined}
                    {...form.register(`segment.${index}.key` as Path<T>)}
                  />
                  <Input
                    aria-label={`Attribute ${number} value`}
                    placeholder="Value, e.g. Business"
                    autoComplete="off"
                    aria-invalid={valueError ? true : undefined}
                    aria-describedby={keyError || valueError ? errorId : undefined}
                    {...form.register(`segment.${index}.value` as Path<T>)}
                  />
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove attribute ${number}`}
                    onClick={() => remove(index)}
                  >
                    <X aria-hidden="true" />
                  </Button>
                </div>
                {(keyError || valueError) && (
                  <p id={errorId} role="alert" className="text-sm text-destructive">
                    {keyError ?? valueError}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      )}
      {listError && (
        <p role="alert" className="text-sm text-destructive">
          {listError}
        </p>
      )}
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={fields.length >= MAX_ATTRIBUTES}
          onClick={() => append({ key: "", value: "" } as FieldArray<T, ArrayPath<T>>)}
        >
          <Plus aria-hidden="true" />
          Add attribute
        </Button>
      </div>
    </fieldset>
  );
}
