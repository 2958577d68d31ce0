"use client";

import { useEffect } from "react";
import { CircleAlert } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;

  return (
    <div className="grid max-w-xl gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <Alert variant="destructive">
        <CircleAlert aria-hidden="true" />
        <AlertTitle>This page could not be shown.</AlertTitle>
        <AlertDescription>
          <p>It may be a passing problem. Try again; if it keeps happening, tell your administrator.</p>
          {digest && <p className="text-xs">Reference: {digest}</p>}
        </AlertDescription>
      </Alert>
      <div>
        <Button type="button" onClick={() => retry()}>
          Try again
        </Button>
      </div>
    </div>
  );
}
