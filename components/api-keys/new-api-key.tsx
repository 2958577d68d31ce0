"use client";

import { useEffect, useRef, useState } from "react";
import { Check, Copy, TriangleAlert } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** The whole key, shown this once: only its hash is kept, so nobody can show it again. */
export function NewApiKey({ apiKey }: { apiKey: string }) {
  const [copied, setCopied] = useState<boolean | "failed">(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // The form that created the key is gone; put focus on its result, ready to copy.
  useEffect(() => inputRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopied(true);
    } catch {
      setCopied("failed");
    }
  };

  return (
    <div className="grid gap-3">
      <Alert variant="warning" role="note">
        <TriangleAlert aria-hidden="true" />
        <AlertDescription id="new-api-key-warning">Copy it now: it will not be shown again.</AlertDescription>
      </Alert>
      <div className="grid gap-2">
        <Label htmlFor="new-api-key">Your new API key</Label>
        <div className="flex gap-2">
          <Input
            ref={inputRef}
            id="new-api-key"
            readOnly
            value={apiKey}
            spellCheck={false}
            autoComplete="off"
            className="font-mono text-xs md:text-xs"
            aria-describedby="new-api-key-warning"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button type="button" variant="outline" onClick={() => void copy()}>
            {copied === true ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
            Copy
          </Button>
        </div>
      </div>
      <p aria-live="polite" className="text-sm">
        {copied === true && <span className="text-success">Key copied.</span>}
        {copied === "failed" && (
          <span className="text-destructive">Could not copy; select the key and copy it yourself.</span>
        )}
      </p>
    </div>
  );
}
