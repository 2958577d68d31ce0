import type { CsvData } from "@/lib/export/csv";
import type { RouterOutputs } from "@/lib/trpc/types";
import { languageName } from "@/lib/language-name";
import { sentimentSourceText } from "./sentiment-source";

type ResponseRow = RouterOutputs["responses"]["list"]["rows"][number];

const SOURCE_LABELS: Record<ResponseRow["source"], string> = { survey: "Survey link", api: "API", import: "Import", manual: "Entered by hand" };

/**
 * Responses as CSV: one column per score, so a spreadsheet can average them (a rating beside its
 * touch point's scale, "1-10"; "not applicable" is an empty cell), and the customer reference
 * only for the roles that see it on screen.
 */
export function responsesCsv(rows: readonly ResponseRow[], { showCustomer }: { showCustomer: boolean }): CsvData {
  const headers = ["When (UTC)", "Touch point", "Staff", "NPS (0-10)", "CSAT (1-5)", "CES (1-7)", "Rating", "Rating scale", "Comment", "Language", "Sentiment", "Sentiment by", "Themes", "Segment"];
  if (showCustomer) headers.push("Customer");
  headers.push("Source");
  return {
    headers,
    rows: rows.map((row) => [
      row.occurredAt,
      row.touchPointName,
      row.staffName,
      row.npsScore,
      row.csatScore,
      row.cesScore,
      row.rating,
      row.ratingScale,
      row.comment,
      row.language ? languageName(row.language) : null,
      row.sentimentLabel,
      sentimentSourceText(row.sentimentSource, row.lastCorrection),
      row.themes.join(", "),
      Object.entries(row.segment)
        .map(([name, value]) => `${name}: ${value}`)
        .join("; "),
      ...(showCustomer ? [row.customerRef] : []),
      SOURCE_LABELS[row.source],
    ]),
  };
}
