import type { ComponentProps, ReactNode } from "react";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { describedBy } from "./text-field";

type SelectFieldProps = Omit<ComponentProps<typeof NativeSelect>, "id"> & {
  id: string;
  label: ReactNode;
  error?: string;
  description?: ReactNode;
};

/** A labelled native select wired to its description and error, like TextField. */
export function SelectField({ id, label, error, description, children, ...selectProps }: SelectFieldProps) {
  return (
    <FormField label={label} htmlFor={id} error={error} description={description}>
      <NativeSelect id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, description)} {...selectProps}>
        {children}
      </NativeSelect>
    </FormField>
  );
}
