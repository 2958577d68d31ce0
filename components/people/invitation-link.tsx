"use client";

import { useEffect, useRef, useState } from "react";
import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export function InvitationLink({ url }: { url: string }) {
  const [copied, setCopied] = useState<boolean | "failed">(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // The form that created the link is gone; put focus on its result, ready to copy.
  useEffect(() => inputRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied("failed");
    }
  };

  return (
    <div className="grid gap-2">
      <Label htmlFor="invitation-link">Invitation link</Label>
      <div className="flex gap-2">
        <Input
          ref={inputRef}
          id="invitation-link"
          readOnly
          value={url}
          aria-describedby="invitation-link-description"
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button type="button" variant="outline" onClick={() => void copy()}>
          {copied === true ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          Copy
        </Button>
      </div>
      <p id="invitation-link-description" className="text-sm text-muted-foreground">
        Send this link to the person; it works once and expires in 7 days.
      </p>
      <p aria-live="polite" className="text-sm">
        {copied === true && <span className="text-success">Link copied.</span>}
        {copied === "failed" && (
          <span className="text-destructive">Could not copy; select the link and copy it yourself.</span>
        )}
      </p>
    </div>
  );
}
