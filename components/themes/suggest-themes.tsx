"use client";

import { useState, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { Check, Lightbulb } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";
import type { RouterOutputs } from "@/lib/trpc/types";
import { ThemeFormDialog } from "./theme-form-dialog";

type Candidate = RouterOutputs["themes"]["suggest"]["candidates"][number];
type Example = Candidate["examples"][number];

const ALL = "all";
const percent = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

/** The example with each term where it occurs marked. */
function Highlighted({ example }: { example: Example }) {
  const parts: ReactNode[] = [];
  let at = 0;
  example.highlights.forEach((highlight, i) => {
    if (highlight.start > at) parts.push(example.text.slice(at, highlight.start));
    parts.push(
      <mark key={i} className="rounded-sm bg-primary/15 px-0.5 text-foreground">
        {example.text.slice(highlight.start, highlight.end)}
      </mark>,
    );
    at = highlight.end;
  });
  parts.push(example.text.slice(at));
  return <>{parts}</>;
}

/**
 * "Suggest themes": phrases the organisation's newest comments share that no theme covers, each
 * with its volume and examples, for the director to accept as a theme (renamed, edited, limited
 * to journeys on the way).
 */
export function SuggestThemes() {
  const trpc = useTRPC();
  const journeys = useQuery(trpc.journeys.list.queryOptions());
  const [journey, setJourney] = useState(ALL);
  const [asked, setAsked] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const suggest = useQuery({
    ...trpc.themes.suggest.queryOptions({ journeyId: asked === ALL || asked === null ? null : asked }),
    enabled: asked !== null,
    staleTime: Infinity,
  });
  const journeyName = journeys.data?.find((option) => option.id === asked)?.name;

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-lg">Suggest themes</CardTitle>
        <CardDescription>
          Reads your newest comments (up to 3,000, in English) and proposes phrases many of them share that no theme covers
          yet. For one journey, a phrase must also be more frequent there than in the other journeys.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            setAccepted(new Set());
            if (asked === journey) void suggest.refetch();
            setAsked(journey);
          }}
        >
          <div className="min-w-56">
            <SelectField id="suggest-journey" label="Comments of" value={journey} onChange={(event) => setJourney(event.target.value)}>
              <option value={ALL}>All journeys</option>
              {(journeys.data ?? []).map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </SelectField>
          </div>
          <Button type="submit" disabled={asked !== null && suggest.isFetching}>
            <Lightbulb aria-hidden="true" />
            {asked !== null && suggest.isFetching ? "Reading comments…" : "Suggest themes"}
          </Button>
        </form>

        {asked !== null && suggest.isPending && (
          <div role="status" aria-label="Reading comments" className="grid gap-2">
            <Skeleton className="h-24 w-full" />
            <Skeleton className="h-24 w-full" />
          </div>
        )}
        {suggest.isError && <FormAlert message={errorMessage(suggest.error)} />}
        {suggest.data && (
          <section aria-label="Suggested themes" className="grid gap-3">
            <p className="text-sm text-muted-foreground" role="status">
              {suggest.data.sample === 0
                ? "No comments to read yet."
                : suggest.data.candidates.length === 0
                  ? `Read ${suggest.data.sample.toLocaleString()} comments: no phrase is frequent enough that your themes do not already cover.`
                  : `Read ${suggest.data.sample.toLocaleString()} comments${journeyName ? ` of ${journeyName}` : ""}: ${suggest.data.candidates.length} candidate ${suggest.data.candidates.length === 1 ? "theme" : "themes"}.`}
            </p>
            <ul className="grid gap-3">
              {suggest.data.candidates.map((candidate) => (
                <CandidateItem
                  key={candidate.name}
                  candidate={candidate}
                  journeyId={asked === ALL ? null : asked}
                  accepted={accepted.has(candidate.name)}
                  onAccepted={() => setAccepted((before) => new Set(before).add(candidate.name))}
                />
              ))}
            </ul>
          </section>
        )}
      </CardContent>
    </Card>
  );
}

type CandidateProps = { candidate: Candidate; journeyId: string | null; accepted: boolean; onAccepted: () => void };

function CandidateItem({ candidate, journeyId, accepted, onAccepted }: CandidateProps) {
  const headingId = `candidate-${candidate.name.replace(/\W+/g, "-")}`;
  return (
    <li className="grid gap-2 rounded-md border p-3" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="grid gap-1">
          <h3 id={headingId} className="font-medium">
            {candidate.name}
          </h3>
          <p className="text-sm text-muted-foreground tabular-nums">
            {candidate.comments.toLocaleString()} {candidate.comments === 1 ? "comment" : "comments"} ({percent(candidate.share)})
          </p>
        </div>
        {accepted ? (
          <p className="flex items-center gap-1 text-sm text-muted-foreground">
            <Check aria-hidden="true" className="size-4 text-success" />
            Added as a theme
          </p>
        ) : (
          <ThemeFormDialog
            title={`Accept "${candidate.name}" as a theme`}
            initial={{ name: candidate.name, terms: candidate.terms, journeyIds: journeyId ? [journeyId] : [] }}
            onSaved={onAccepted}
            trigger={
              <Button size="sm" aria-label={`Accept ${candidate.name}`}>
                Accept
              </Button>
            }
          />
        )}
      </div>
      <ul className="flex flex-wrap gap-1" aria-label={`Suggested words and phrases for ${candidate.name}`}>
        {candidate.terms.map((term) => (
          <li key={term}>
            <Badge variant="secondary">{term}</Badge>
          </li>
        ))}
      </ul>
      <ul className="grid gap-1 text-sm" aria-label={`Example comments for ${candidate.name}`}>
        {candidate.examples.map((example) => (
          <li key={example.id} className="line-clamp-3 break-words border-l-2 pl-2">
            <Highlighted example={example} />
          </li>
        ))}
      </ul>
    </li>
  );
}
