import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { applyServerErrors, type ServerErrorFields } from "@/lib/trpc/errors";

/**
 * Submitting a form to the server: `submit(action)` validates, runs the action, and puts what the
 * server refuses on the fields named in `fields`, or in `formError` when no field can show it.
 */
export function useServerSubmit<T extends FieldValues, C, R>(form: UseFormReturn<T, C, R>, fields: ServerErrorFields<T>) {
  const [formError, setFormError] = useState<string | null>(null);
  const submit = (action: (values: R) => Promise<unknown>) =>
    form.handleSubmit(async (values) => {
      setFormError(null);
      try {
        await action(values);
      } catch (error) {
        setFormError(applyServerErrors(error, form.setError, fields));
      }
    });
  return { formError, setFormError, submit };
}
