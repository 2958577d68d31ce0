"use client";

import type { Ref } from "react";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { cn } from "@/lib/utils";
import { scaleValues, type Scale } from "./scales";

const COLUMNS: Record<number, string> = {
  2: "grid-cols-2",
  3: "grid-cols-3",
  4: "grid-cols-4",
  5: "grid-cols-5",
  6: "grid-cols-6 sm:grid-cols-11",
  7: "grid-cols-7",
};

type ScoreScaleProps = {
  id: string;
  prompt: string;
  scale: Scale;
  required: boolean;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  error?: string;
  /** For the form library, to focus the scale when its answer is missing. */
  firstItemRef?: Ref<HTMLButtonElement>;
};

/** One score question as a row of large tiles, named by its prompt, with its scale's end words. */
export function ScoreScale({ id, prompt, scale, required, value, onChange, onBlur, error, firstItemRef }: ScoreScaleProps) {
  const values = scaleValues(scale);
  // Words for the middle values show once chosen; NPS names its ends only, so it shows none.
  const worded = values.every((score) => scale.labels[score]);
  const chosen = worded && value !== "" ? scale.labels[Number(value)] : undefined;
  return (
    <div className="grid gap-3" data-invalid={error ? true : undefined}>
      <p id={`${id}-prompt`} className="text-base font-medium">
        {prompt}
        {!required && <span className="font-normal text-muted-foreground"> (optional)</span>}
      </p>
      <RadioGroup
        value={value}
        onValueChange={onChange}
        onBlur={onBlur}
        aria-labelledby={`${id}-prompt`}
        aria-describedby={[`${id}-ends`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        className={cn("grid gap-2", COLUMNS[scale.phoneColumns])}
      >
        {values.map((score, index) => {
          const label = scale.labels[score];
          return (
            <RadioGroupItem
              key={score}
              ref={index === 0 ? firstItemRef : undefined}
              variant="tile"
              value={String(score)}
              aria-label={label ? `${score}, ${label}` : String(score)}
              aria-invalid={error ? true : undefined}
            >
              {score}
            </RadioGroupItem>
          );
        })}
      </RadioGroup>
      <div id={`${id}-ends`} className="flex justify-between gap-4 text-sm text-muted-foreground">
        <span>
          {scale.min} = {scale.labels[scale.min]}
        </span>
        <span className="text-right">
          {scale.max} = {scale.labels[scale.max]}
        </span>
      </div>
      <p aria-live="polite" className="text-sm font-medium text-primary empty:hidden">
        {chosen && `You chose ${value}: ${chosen}`}
      </p>
      {error && (
        <p role="alert" id={`${id}-error`} className="-mt-2 text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
