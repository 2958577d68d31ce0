import type { ReactNode } from "react";

type ChoiceFieldsetProps = {
  /** `${id}-error` and `${id}-description` name the messages below the choices. */
  id: string;
  legend: ReactNode;
  error?: string;
  /** Shown while there is no error. */
  description: ReactNode;
  children: ReactNode;
};

/** A group of choices under a legend, with its error, or else its description, below and tied to it. */
export function ChoiceFieldset({ id, legend, error, description, children }: ChoiceFieldsetProps) {
  return (
    <fieldset className="grid gap-2" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : `${id}-description`}>
      <legend className="mb-2 text-sm leading-none font-medium">{legend}</legend>
      {children}
      {error ? (
        <p role="alert" id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : (
        <p id={`${id}-description`} className="text-sm text-muted-foreground">
          {description}
        </p>
      )}
    </fieldset>
  );
}
