import "server-only";
import { sql } from "drizzle-orm";
import type { TenantDb } from "@/server/db/tenant-db";
import { arrayParam } from "@/server/services/feedback/unnest";
import type { SentimentLabel } from "@/lib/domain/sentiment";

export type ImportedLabel = { feedbackId: string; labelBefore: SentimentLabel | null; labelAfter: SentimentLabel };

/**
 * The correction rows of labels that came in with the responses (a labelled CSV, an API item with
 * a label): source 'import', no person, before = what the analyser said, after = the label given.
 * One statement for the whole batch, in the ingest's transaction.
 */
export async function recordImportedLabels(tenantTx: TenantDb, labels: ImportedLabel[]): Promise<void> {
  if (labels.length === 0) return;
  await tenantTx.execute(
    (orgId) => sql`
      insert into feedback_corrections (org_id, feedback_id, source, label_before, label_after)
      select ${orgId}, r.feedback_id, 'import', r.label_before::sentiment_label, r.label_after::sentiment_label
      from unnest(
        ${arrayParam(labels.map((l) => l.feedbackId), "uuid")}, ${arrayParam(labels.map((l) => l.labelBefore), "text")},
        ${arrayParam(labels.map((l) => l.labelAfter), "text")}
      ) as r(feedback_id, label_before, label_after)`,
  );
}
