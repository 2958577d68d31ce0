"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { FormAlert } from "@/components/forms/form-alert";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage, serverFieldErrors } from "@/lib/trpc/errors";

const SENTIMENT_VARIANT = { positive: "success", neutral: "outline", negative: "destructive" } as const;

/** Runs a sample comment through the analyser ingest uses, with the organisation's themes. */
export function TryComment() {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const attempt = useMutation(trpc.themes.try.mutationOptions());
  const fieldError = attempt.isError ? serverFieldErrors(attempt.error).text?.[0] : undefined;
  const result = attempt.data;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Try a comment</CardTitle>
        <CardDescription>See which themes and which sentiment a comment would get today.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          className="grid gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            attempt.mutate({ text });
          }}
        >
          <FormField label="Comment" htmlFor="try-comment" error={fieldError}>
            <Textarea
              id="try-comment"
              rows={3}
              value={text}
              placeholder="The flight was delayed and nobody told us why"
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? "try-comment-error" : undefined}
              onChange={(event) => setText(event.target.value)}
            />
          </FormField>
          {attempt.isError && !fieldError && <FormAlert message={errorMessage(attempt.error)} />}
          <div>
            <Button type="submit" disabled={attempt.isPending}>
              {attempt.isPending ? "Trying…" : "Try"}
            </Button>
          </div>
        </form>
        {result && (
          <dl className="mt-4 grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm" aria-live="polite">
            <dt className="font-medium">Themes found</dt>
            <dd>
              {result.themes.length === 0 ? (
                <span className="text-muted-foreground">None</span>
              ) : (
                <ul className="flex flex-wrap gap-1">
                  {result.themes.map((theme) => (
                    <li key={theme}>
                      <Badge>{theme}</Badge>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt className="font-medium">Sentiment</dt>
            <dd className="flex items-center gap-2">
              {result.sentiment.label ? (
                <Badge variant={SENTIMENT_VARIANT[result.sentiment.label]}>{result.sentiment.label}</Badge>
              ) : (
                <span className="text-muted-foreground">Not scored</span>
              )}
              {result.sentiment.score !== null && (
                <span className="text-muted-foreground tabular-nums">score {result.sentiment.score.toFixed(2)}</span>
              )}
            </dd>
          </dl>
        )}
      </CardContent>
    </Card>
  );
}
