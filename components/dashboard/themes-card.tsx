"use client";

import { ThumbsDown, ThumbsUp } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCount, themeLabel } from "@/lib/charts/format";
import type { RouterOutputs } from "@/lib/trpc/types";
import { NO_FEEDBACK_DESCRIPTION } from "./no-feedback";
import { TableCard } from "./table-card";
import { SENTIMENT_LABELS, type SentimentLabel } from "@/lib/domain/sentiment";

type Theme = RouterOutputs["dashboards"]["themes"]["themes"][number];

const share = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

/** Background classes of the chart series colours (components/charts/use-chart-colors.ts SERIES). */
const SWATCH = ["bg-chart-1", "bg-chart-2", "bg-chart-3", "bg-chart-4", "bg-chart-5"];

const LABEL_WORD: Record<SentimentLabel, string> = { positive: "praise", negative: "negative", neutral: "neutral" };
const labelWord = (label: string | null) => (SENTIMENT_LABELS.includes(label as SentimentLabel) ? LABEL_WORD[label as SentimentLabel] : "");

/**
 * The most mentioned themes with their share of negative mentions and the newest comments naming
 * them, praise and negative ones marked. `charted`: the themes a chart above draws, in its colour
 * order, so each row carries its line's colour.
 */
type ThemesCardProps = {
  themes: Theme[];
  loading?: boolean;
  limit?: number;
  title?: string;
  charted?: readonly string[];
  /** Why the list is empty when it is not for want of comments (such as another team's touch point). */
  empty?: { title: string; description: string };
};

export function ThemesCard({ themes, loading, limit = 8, title = "Themes", charted = [], empty }: ThemesCardProps) {
  const shown = themes.slice(0, limit);
  const csv = {
    headers: ["Theme", "Mentions", "Share negative", ...[1, 2, 3].flatMap((i) => [`Example ${i}`, `Example ${i} sentiment`])],
    rows: shown.map((t) => [
      t.theme,
      t.mentions,
      t.negativeShare === null ? null : Math.round(t.negativeShare * 100) / 100,
      ...[0, 1, 2].flatMap((i) => [t.examples[i]?.comment ?? "", labelWord(t.examples[i]?.sentimentLabel ?? null)]),
    ]),
  };
  return (
    <TableCard
      title={title}
      description="What customers' comments are about, the share of mentions that are negative, and the newest comments (praise and negative ones marked)."
      csv={csv}
      loading={loading}
      empty={shown.length === 0}
      emptyTitle={empty?.title ?? "No themes in this period"}
      emptyDescription={empty?.description ?? `Themes appear once comments arrive. ${NO_FEEDBACK_DESCRIPTION}`}
    >
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Theme</TableHead>
            <TableHead scope="col" className="text-right">Mentions</TableHead>
            <TableHead scope="col" className="text-right">Negative</TableHead>
            <TableHead scope="col">Example comments</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((theme) => (
            <TableRow key={theme.theme} className="align-top">
              <TableCell className="font-medium">
                <span className="inline-flex items-center gap-2">
                  {charted.includes(theme.theme) && <span aria-hidden="true" className={`size-2.5 shrink-0 rounded-full ${SWATCH[charted.indexOf(theme.theme)] ?? ""}`} />}
                  {themeLabel(theme.theme)}
                </span>
              </TableCell>
              <TableCell className="text-right tabular-nums">{formatCount(theme.mentions)}</TableCell>
              <TableCell className="text-right tabular-nums">{share(theme.negativeShare)}</TableCell>
              <TableCell className="min-w-64 whitespace-normal">
                <ul className="grid gap-1.5 text-sm text-muted-foreground">
                  {theme.examples.map((example) => (
                    // A fixed first column for the mark, so the comments line up with or without one.
                    <li key={example.id} className="grid grid-cols-[5.75rem_1fr] items-start gap-2">
                      {example.sentimentLabel === "positive" && (
                        <Badge variant="success" className="mt-0.5 justify-self-start">
                          <ThumbsUp aria-hidden="true" /> Praise
                        </Badge>
                      )}
                      {example.sentimentLabel === "negative" && (
                        <Badge variant="destructive" className="mt-0.5 justify-self-start">
                          <ThumbsDown aria-hidden="true" /> Negative
                        </Badge>
                      )}
                      {example.sentimentLabel !== "positive" && example.sentimentLabel !== "negative" && <span />}
                      <span className="line-clamp-2">“{example.comment}”</span>
                    </li>
                  ))}
                </ul>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableCard>
  );
}
