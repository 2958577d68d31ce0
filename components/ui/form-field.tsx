import * as React from "react";

import { cn } from "@/lib/utils";
import { Label } from "@/components/ui/label";

type FormFieldProps = {
  label: React.ReactNode;
  htmlFor: string;
  error?: string;
  description?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
};

/**
 * Label + control + optional description and error message.
 * Wire the control up with `aria-describedby` pointing at
 * `${htmlFor}-description` / `${htmlFor}-error` and `aria-invalid` when in error.
 */
function FormField({ label, htmlFor, error, description, className, children }: FormFieldProps) {
  return (
    <div
      data-slot="form-field"
      data-invalid={error ? true : undefined}
      className={cn("grid gap-2", className)}
    >
      <Label htmlFor={htmlFor}>{label}</Label>
      {children}
      {description && (
        <p id={`${htmlFor}-description`} className="text-sm text-muted-foreground">
          {description}
        </p>
      )}
      {error && (
        <p role="alert" id={htmlFor + "-error"} className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}

export { FormField };
export type { FormFieldProps };
