"use client";

import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { formatInstant } from "@/lib/day-in";
import { createColumnHelper, tableFeatures } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import type { RouterOutputs } from "@/lib/trpc/types";
import { isUnreadLanguage, languageName } from "@/lib/language-name";
import { CorrectResponseDialog } from "./correct-response-dialog";
import { RemoveResponseDialog } from "./remove-response-dialog";
import { correctionTitle, sentimentSourceText } from "./sentiment-source";

export type ResponseRow = RouterOutputs["responses"]["list"]["rows"][number];

export const responseTableFeatures = tableFeatures({});
const helper = createColumnHelper<typeof responseTableFeatures, ResponseRow>();

const SOURCE_LABELS: Record<ResponseRow["source"], string> = { survey: "Survey link", api: "API", import: "Import", manual: "Entered by hand" };

/** The scores a response carries, as the customer gave them. */
function scoresOf(row: ResponseRow): string[] {
  const scores: string[] = [];
  if (row.npsScore !== null) scores.push(`NPS ${row.npsScore}/10`);
  if (row.csatScore !== null) scores.push(`CSAT ${row.csatScore}/5`);
  if (row.cesScore !== null) scores.push(`CES ${row.cesScore}/7`);
  if (row.rating !== null) scores.push(`Rating ${row.rating}/${row.ratingScale?.split("-")[1] ?? "5"}`);
  return scores;
}

const SENTIMENT_VARIANT = { positive: "success", neutral: "secondary", negative: "destructive" } as const;

/*
 * How each column below sits in a row's card on a phone, where eight columns cannot fit
 * (responses-view.tsx): when, where and who in small print on top, the comment across the card,
 * the rest after it.
 */
export const PHONE_CELL_CLASS: Record<string, string> = {
  occurredAt: "max-sm:text-xs max-sm:text-muted-foreground",
  touchPointName: "max-sm:text-xs",
  staffName: "max-sm:text-xs max-sm:text-muted-foreground",
  scores: "max-sm:basis-full max-sm:font-medium",
  comment: "max-sm:basis-full",
  customerRef: "max-sm:text-xs max-sm:text-muted-foreground max-sm:before:content-['Customer_'] max-sm:empty:hidden",
  source: "max-sm:text-xs max-sm:text-muted-foreground",
  correct: "max-sm:ml-auto",
  remove: "max-sm:ml-auto",
};

/**
 * `canCorrect`: a lead's or director's list, where each response with a comment can be corrected
 * (the server decides which). `canRemove`: a director's, where any response can be removed.
 */
export function responseColumns({ showCustomer, canCorrect, canRemove = false }: { showCustomer: boolean; canCorrect: boolean; canRemove?: boolean }) {
  return helper.columns([
    helper.accessor("occurredAt", {
      header: "When",
      cell: (info) => <When at={info.getValue()} />,
    }),
    helper.accessor("touchPointName", { header: "Touch point", cell: (info) => <span className="block min-w-32 font-medium whitespace-normal">{info.getValue()}</span> }),
    helper.accessor("staffName", { header: "Staff", cell: (info) => info.getValue() ?? <span className="text-muted-foreground">Not named</span> }),
    helper.display({
      id: "scores",
      header: "Scores",
      cell: (info) => (
        <ul className="grid gap-0.5 whitespace-nowrap">
          {scoresOf(info.row.original).map((score) => (
            <li key={score}>{score}</li>
          ))}
        </ul>
      ),
    }),
    helper.display({
      id: "comment",
      header: "Comment",
      cell: (info) => <CommentCell row={info.row.original} />,
    }),
    ...(showCustomer ? [helper.accessor("customerRef", { header: "Customer", cell: (info) => info.getValue() ?? "" })] : []),
    helper.accessor((row) => SOURCE_LABELS[row.source], { id: "source", header: "Source" }),
    ...(canCorrect
      ? [
          helper.display({
            id: "correct",
            header: () => <span className="sr-only">Corrections</span>,
            cell: (info) => (info.row.original.comment ? <CorrectResponseDialog feedbackId={info.row.original.id} comment={info.row.original.comment} /> : null),
          }),
        ]
      : []),
    ...(canRemove
      ? [
          helper.display({
            id: "remove",
            header: () => <span className="sr-only">Removal</span>,
            cell: (info) => (
              <RemoveResponseDialog feedbackId={info.row.original.id} touchPointName={info.row.original.touchPointName} occurredAt={info.row.original.occurredAt} />
            ),
          }),
        ]
      : []),
  ]);
}

function CommentCell({ row }: { row: ResponseRow }) {
  if (!row.comment) return <span className="text-muted-foreground">No comment</span>;
  return (
    // A floor on the width, or the table's unwrapped columns squeeze the comment into a narrow column.
    <div className="grid min-w-64 max-w-prose gap-1.5">
      <p className="whitespace-pre-wrap break-words">{row.comment}</p>
      <div className="flex flex-wrap gap-1">
        {isUnreadLanguage(row.language) && <LanguageNote code={row.language} />}
        {row.sentimentLabel && (
          <Badge variant={SENTIMENT_VARIANT[row.sentimentLabel]} title={row.sentiment === null ? undefined : `Sentiment score ${row.sentiment.toFixed(2)}`}>
            {row.sentimentLabel}
          </Badge>
        )}
        <SourceNote row={row} />
        {row.themes.map((theme) => (
          <Badge key={theme} variant="outline">
            {theme}
          </Badge>
        ))}
      </div>
    </div>
  );
}

/** A comment in a language the analyser does not read: said plainly, so no one takes it for neutral. */
function LanguageNote({ code }: { code: string }) {
  const name = languageName(code);
  return (
    <>
      <Badge variant="secondary" title={`Written in ${name}. Touchpoint reads English, so this comment has no sentiment or themes unless a person gives them.`}>
        {name}
      </Badge>
      <span className="mr-1 self-center text-xs text-muted-foreground">not scored</span>
    </>
  );
}

/** When a response was given, in the organisation's zone with its abbreviation ("5 Dec 2026, 19:40 CST"). */
function When({ at }: { at: Date }) {
  const timeZone = useOrgTimeZone();
  return <time dateTime={at.toISOString()}>{formatInstant(timeZone, at)}</time>;
}

/** Who decided the label (and whether a person set the themes), subtly; who and when on hover. */
function SourceNote({ row }: { row: ResponseRow }) {
  const timeZone = useOrgTimeZone();
  const source = sentimentSourceText(row.sentimentSource, row.lastCorrection);
  const themes = row.themesCorrected && row.sentimentSource !== "label" ? "themes corrected" : null;
  const text = [source, themes].filter(Boolean).join(", ");
  if (!text) return null;
  const corrected = row.lastCorrection?.source === "person";
  return (
    <span className={corrected ? "mr-1 self-center text-xs font-medium text-primary" : "mr-1 self-center text-xs text-muted-foreground"} title={correctionTitle(row.lastCorrection, timeZone)}>
      {text}
    </span>
  );
}
