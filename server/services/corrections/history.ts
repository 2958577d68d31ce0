import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { feedback, feedbackCorrections, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { NotFoundError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { taxonomyOf } from "@/server/services/themes/taxonomy";
import { correctableResponse } from "./correctable";

/**
 * What the correction dialog shows for one response: its label and themes today and who set
 * them, the corrections newest first (who by name, when, before and after; an imported label
 * names nobody), and the organisation's theme names to choose from.
 */
export async function correctionHistory(tenant: TenantDb, scope: Scope, feedbackId: string) {
  const where = await correctableResponse(tenant, scope, feedbackId);
  const [response] = await tenant.selectFields(
    {
      id: feedback.id,
      comment: feedback.comment,
      sentiment: feedback.sentiment,
      sentimentLabel: feedback.sentimentLabel,
      sentimentSource: feedback.sentimentSource,
      themes: feedback.themes,
      themesCorrected: feedback.themesCorrected,
      language: feedback.language,
    },
    feedback,
    where,
  );
  if (!response) throw new NotFoundError("Response");

  const rows = await tenant
    .selectFields(
      {
        id: feedbackCorrections.id,
        source: feedbackCorrections.source,
        correctedBy: feedbackCorrections.correctedBy,
        labelBefore: feedbackCorrections.labelBefore,
        labelAfter: feedbackCorrections.labelAfter,
        themesBefore: feedbackCorrections.themesBefore,
        themesAfter: feedbackCorrections.themesAfter,
        createdAt: feedbackCorrections.createdAt,
      },
      feedbackCorrections,
      eq(feedbackCorrections.feedbackId, feedbackId),
    )
    .orderBy(desc(feedbackCorrections.createdAt), desc(feedbackCorrections.id));
  const names = await namesOf(tenant, rows.flatMap((row) => (row.correctedBy ? [row.correctedBy] : [])));

  return {
    response,
    corrections: rows.map(({ correctedBy, ...row }) => ({ ...row, correctedBy: correctedBy ? { id: correctedBy, name: names.get(correctedBy) ?? "A former colleague" } : null })),
    themeNames: (await taxonomyOf(tenant)).map((theme) => theme.name),
  };
}

export async function namesOf(tenant: TenantDb, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map((await tenant.selectFields({ id: users.id, name: users.name }, users, inArray(users.id, unique))).map((u) => [u.id, u.name]));
}
