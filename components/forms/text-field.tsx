import type { ComponentProps, ReactNode } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

type TextFieldProps = Omit<ComponentProps<typeof Input>, "id"> & {
  id: string;
  label: ReactNode;
  error?: string;
  description?: ReactNode;
};

/** A labelled input wired to its description and error for assistive technology. */
export function TextField({ id, label, error, description, ...inputProps }: TextFieldProps) {
  return (
    <FormField label={label} htmlFor={id} error={error} description={description}>
      <Input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, description)}
        {...inputProps}
      />
    </FormField>
  );
}

export function describedBy(id: string, error?: string, description?: ReactNode): string | undefined {
  const ids = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
