"use client";

import { Link } from "@/components/ui/link";
import { useQuery } from "@tanstack/react-query";
import { PeriodPicker, usePeriod } from "@/components/dashboard/period-picker";
import { NO_FEEDBACK_DESCRIPTION } from "@/components/dashboard/no-feedback";
import { TableCard } from "@/components/dashboard/table-card";
import { FormAlert } from "@/components/forms/form-alert";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { BUCKET_NOUN, formatCount, formatValue } from "@/lib/charts/format";
import { useTRPC } from "@/lib/trpc/react";
import { errorMessage } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { TrendBars } from "./trend-bars";

type Insights = RouterOutputs["themes"]["insights"];
type ThemeInsight = Insights["themes"][number];

const percent = (share: number) => `${Math.round(share * 100)}%`;
const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** The responses list filtered to comments tagged with the theme, over the same days. */
const responsesHref = (theme: string, period: { from: string; to: string }) =>
  `/responses?${new URLSearchParams({ theme, from: period.from, to: period.to }).toString()}`;

/**
 * Per theme, over the chosen period: mentions and their share of all comments, mean sentiment
 * and share negative (each with its n), mentions per day, week, month or quarter, and the newest comments. Busiest first.
 */
export function ThemeInsights() {
  const trpc = useTRPC();
  const period = usePeriod();
  const insights = useQuery(trpc.themes.insights.queryOptions({ from: period.from, to: period.to }));
  const data = insights.data;
  const themes = [...(data?.themes ?? [])].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const starts = data?.buckets ?? [];
  const grain = data?.grain ?? "week";

  const csv = {
    headers: [
      "Theme",
      "Mentions",
      "Share of comments",
      "Mean sentiment",
      "Comments scored",
      "Share negative",
      "Comments labelled",
      ...starts.map((start) => `${BUCKET_NOUN[grain]} from ${start}`),
      "Example 1",
      "Example 2",
      "Example 3",
    ],
    rows: themes.map((t) => [
      t.name,
      t.mentions,
      round2(t.commentShare),
      round2(t.meanSentiment),
      t.sentimentN,
      round2(t.negativeShare),
      t.labelledN,
      ...t.trend.map((w) => w.mentions),
      ...[0, 1, 2].map((i) => t.examples[i]?.comment ?? ""),
    ]),
  };

  return (
    <div className="grid gap-3">
      <TableCard
        title="Themes in your feedback"
        description={
          data
            ? `${formatCount(data.comments)} ${data.comments === 1 ? "comment" : "comments"} in the period, and what they are about; a comment may name several themes. Busiest first.`
            : "What comments are about, how customers feel about each theme, and the newest comments."
        }
        csv={csv}
        loading={insights.isPending}
        empty={data !== undefined && data.comments === 0}
        emptyTitle="No comments in this period"
        emptyDescription={`Each theme's figures appear once comments arrive. ${NO_FEEDBACK_DESCRIPTION}`}
        controls={
          <>
            <PeriodPicker />
            {insights.isError && <FormAlert message={errorMessage(insights.error)} />}
          </>
        }
      >
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Theme</TableHead>
              <TableHead scope="col" className="text-right">
                Mentions
              </TableHead>
              <TableHead scope="col">Sentiment</TableHead>
              <TableHead scope="col">Per {BUCKET_NOUN[grain]}</TableHead>
              <TableHead scope="col">Newest comments</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {themes.map((theme) => (
              <InsightRow key={theme.id} theme={theme} period={period} grain={grain} />
            ))}
          </TableBody>
        </Table>
      </TableCard>
      {data && data.otherThemes.length > 0 && <OtherThemes themes={data.otherThemes} period={period} />}
    </div>
  );
}

function InsightRow({ theme, period, grain }: { theme: ThemeInsight; period: { from: string; to: string }; grain: Insights["grain"] }) {
  const none = theme.mentions === 0;
  return (
    <TableRow className="align-top" aria-label={theme.name}>
      <TableCell className="font-medium whitespace-normal first-letter:uppercase">{theme.name}</TableCell>
      <TableCell className="text-right tabular-nums">
        {none ? (
          <span className="text-muted-foreground">None</span>
        ) : (
          <div className="grid gap-0.5">
            <span>{formatCount(theme.mentions)}</span>
            {theme.commentShare !== null && (
              <span className="text-xs text-muted-foreground">{percent(theme.commentShare)} of comments</span>
            )}
          </div>
        )}
      </TableCell>
      <TableCell className="whitespace-normal tabular-nums">
        {theme.meanSentiment === null && theme.negativeShare === null ? (
          <span className="text-muted-foreground">—</span>
        ) : (
          <div className="grid gap-0.5 text-sm">
            {theme.meanSentiment !== null && (
              <span>
                Mean score {formatValue(theme.meanSentiment)}{" "}
                <span className="text-xs text-muted-foreground">(n = {formatCount(theme.sentimentN)})</span>
              </span>
            )}
            {theme.negativeShare !== null && (
              <span>
                {percent(theme.negativeShare)} negative{" "}
                <span className="text-xs text-muted-foreground">(n = {formatCount(theme.labelledN)})</span>
              </span>
            )}
          </div>
        )}
      </TableCell>
      <TableCell>
        <TrendBars trend={theme.trend} grain={grain} label={theme.name} />
      </TableCell>
      <TableCell className="min-w-64 whitespace-normal">
        {none ? (
          <span className="text-sm text-muted-foreground">No comments name it in this period.</span>
        ) : (
          <div className="grid gap-2">
            <ul className="grid gap-1 text-sm text-muted-foreground" aria-label={`Newest comments about ${theme.name}`}>
              {theme.examples.map((example) => (
                <li key={example.id} className="line-clamp-2">
                  “{example.comment}”
                </li>
              ))}
            </ul>
            <Link href={responsesHref(theme.name, period)} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
              {theme.mentions === 1 ? "See the comment" : `See all ${formatCount(theme.mentions)} comments`}
              <span className="sr-only"> about {theme.name}</span>
            </Link>
          </div>
        )}
      </TableCell>
    </TableRow>
  );
}

function OtherThemes({ themes, period }: { themes: Insights["otherThemes"]; period: { from: string; to: string } }) {
  return (
    <p className="text-sm text-muted-foreground">
      Comments stored before the taxonomy changed still carry themes it no longer has:{" "}
      {themes.map((theme, i) => (
        <span key={theme.name}>
          {i > 0 && ", "}
          <Link href={responsesHref(theme.name, period)} className="font-medium text-foreground underline-offset-4 hover:underline">
            {theme.name}
          </Link>{" "}
          ({formatCount(theme.mentions)})
        </span>
      ))}
      . Rescoring stored comments tags them with today&rsquo;s themes.
    </p>
  );
}
