"use client";

import { useEffect, useRef, useState } from "react";
import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

type CopyFieldProps = {
  id: string;
  label: string;
  value: string;
  /** What is copied, for the messages: "link", "key". */
  noun: string;
  describedBy?: string;
  inputClassName?: string;
  /** Shown to screen readers only, where the surrounding row already says what the value is. */
  labelHidden?: boolean;
  /** Focus the value when it appears (right after it was made); off where many are listed. */
  focusOnMount?: boolean;
};

/** A read-only value shown once after it was made, focused and ready to copy. */
export function CopyField({ id, label, value, noun, describedBy, inputClassName, labelHidden = false, focusOnMount = true }: CopyFieldProps) {
  const [copied, setCopied] = useState<boolean | "failed">(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // The form that made the value is gone; put focus on its result, ready to copy.
  useEffect(() => {
    if (focusOnMount) inputRef.current?.focus();
  }, [focusOnMount]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied("failed");
    }
  };

  return (
    <div className="grid gap-2">
      <Label htmlFor={id} className={labelHidden ? "sr-only" : undefined}>
        {label}
      </Label>
      <div className="flex gap-2">
        <Input
          ref={inputRef}
          id={id}
          readOnly
          value={value}
          spellCheck={false}
          autoComplete="off"
          className={cn(inputClassName)}
          aria-describedby={describedBy}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button type="button" variant="outline" onClick={() => void copy()}>
          {copied === true ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          Copy
        </Button>
      </div>
      <p aria-live="polite" className="text-sm">
        {copied === true && <span className="text-success">{noun[0]!.toUpperCase() + noun.slice(1)} copied.</span>}
        {copied === "failed" && <span className="text-destructive">Could not copy; select the {noun} and copy it yourself.</span>}
      </p>
    </div>
  );
}
