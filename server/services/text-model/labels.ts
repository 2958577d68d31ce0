import "server-only";
import { count, sql } from "drizzle-orm";
import { feedback, type LabelCounts } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { LabelledText } from "@/server/services/text/classifier/types";

/*
 * A label is a response whose sentiment a person decided (a correction, or a label column in an
 * import): sentiment_source = 'label', with a comment to learn from. Comments detected as another
 * language are left out: the model reads English (docs/text-analytics.md).
 */
const isLabel = sql`${feedback.sentimentSource} = 'label' and ${feedback.sentimentLabel} is not null
  and nullif(btrim(${feedback.comment}), '') is not null
  and (${feedback.language} is null or ${feedback.language} = 'eng')`;

export async function labelCountsOf(tenant: TenantDb): Promise<LabelCounts> {
  const rows = await tenant
    .selectFields({ label: feedback.sentimentLabel, n: count() }, feedback, isLabel)
    .groupBy(feedback.sentimentLabel);
  const counts: LabelCounts = { negative: 0, neutral: 0, positive: 0 };
  for (const row of rows) if (row.label) counts[row.label] = row.n;
  return counts;
}

/**
 * The organisation's labelled comments, ordered by their text (code units, not the database's
 * collation) so that the same labels give the same split and the same model wherever they are
 * stored; ids are random and would not.
 */
export async function labelledExamples(tenant: TenantDb): Promise<LabelledText[]> {
  const rows = await tenant.selectFields({ text: feedback.comment, label: feedback.sentimentLabel }, feedback, isLabel);
  return rows.map((row) => ({ text: row.text!, label: row.label! })).sort(byTextThenLabel);
}

/** The order training reads labels in: by text (code units), then label. */
export const byTextThenLabel = (a: LabelledText, b: LabelledText) =>
  a.text < b.text ? -1 : a.text > b.text ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
