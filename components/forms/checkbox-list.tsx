"use client";

import type { ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

export type CheckboxOption = { value: string; label: ReactNode; id: string };

type CheckboxListProps = {
  options: readonly CheckboxOption[];
  /** The ticked values, as a react-hook-form field holds them. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  /** The box around the list: its grid, height and scrolling. */
  className?: string;
};

/** Ticks for a list of values, each checkbox labelled by its option. */
export function CheckboxList({ options, value, onChange, onBlur, className }: CheckboxListProps) {
  return (
    <ul className={cn("grid gap-2 rounded-md border p-3", className)}>
      {options.map((option) => (
        <li key={option.value} className="flex items-center gap-2">
          <Checkbox
            id={option.id}
            checked={value.includes(option.value)}
            onBlur={onBlur}
            onCheckedChange={(checked) =>
              onChange(checked === true ? [...value, option.value] : value.filter((chosen) => chosen !== option.value))
            }
          />
          <Label htmlFor={option.id} className="font-normal">
            {option.label}
          </Label>
        </li>
      ))}
    </ul>
  );
}
