import "server-only";
import { feedback, feedbackCorrections } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { NotFoundError, ValidationError } from "@/server/services/errors";
import { reviseTextAnalyses } from "@/server/services/feedback/revise-text";
import type { Scope } from "@/server/services/scope";
import { trainInBackgroundIfDue } from "@/server/services/text-model/auto-train";
import { taxonomyOf } from "@/server/services/themes/taxonomy";
import { LABEL_SCORE, type SentimentLabel } from "@/lib/domain/sentiment";
import { correctableResponse } from "./correctable";
import type { CorrectResponseInput } from "./schemas";

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The themes asked for, as the taxonomy spells them and in its order. A theme the response
 * already carries may stay even when the taxonomy no longer has it (the person only left it alone).
 */
function canonicalThemes(asked: string[], taxonomy: string[], current: string[]): string[] {
  const known = new Map([...current, ...taxonomy].map((name) => [name.toLowerCase(), name]));
  const unknown = asked.filter((name) => !known.has(name.toLowerCase()));
  if (unknown.length) {
    const list = unknown.map((name) => `"${name}"`).join(", ");
    throw new ValidationError(`${list} ${unknown.length === 1 ? "is not a theme" : "are not themes"} of your organisation; choose from its theme list`, "themes");
  }
  const chosen = new Set(asked.map((name) => known.get(name.toLowerCase())!));
  const order = [...taxonomy, ...current];
  return [...new Set(order.filter((name) => chosen.has(name)))];
}

/**
 * A person's correction of one response's sentiment label and/or themes. The label becomes the
 * response's (source 'label', score +1 / 0 / -1) and themes it sets are marked corrected, so
 * neither is changed by a later rescoring; the label counts for the next training (queued once labels grew enough). One
 * transaction: the response and its rollups (through reviseTextAnalyses) and the correction row
 * (who, when, before, after). A label or themes that change nothing are refused.
 */
export async function correctResponse(tenant: TenantDb, scope: Scope, input: CorrectResponseInput) {
  const where = await correctableResponse(tenant, scope, input.feedbackId);
  const taxonomy = input.themes ? (await taxonomyOf(tenant)).map((theme) => theme.name) : [];

  const corrected = await tenant.transaction(async (tenantTx) => {
    const [row] = await tenantTx.select(feedback, where).for("update");
    if (!row) throw new NotFoundError("Response");
    if (!row.comment?.trim()) {
      throw new ValidationError("This response has no comment: there is no text to label or to find themes in", input.sentimentLabel ? "sentimentLabel" : "themes");
    }

    // Choosing the label the analyser gave is still a correction: it becomes a person's label.
    const label: SentimentLabel | undefined =
      input.sentimentLabel !== undefined && !(row.sentimentSource === "label" && row.sentimentLabel === input.sentimentLabel) ? input.sentimentLabel : undefined;
    const asked = input.themes ? canonicalThemes(input.themes, taxonomy, row.themes) : undefined;
    const themes = asked && !(row.themesCorrected && sameSet(asked, row.themes)) ? asked : undefined;
    if (label === undefined && themes === undefined) {
      throw new ValidationError("Nothing to change: the response already carries this label and these themes as corrected", input.sentimentLabel ? "sentimentLabel" : "themes");
    }

    await reviseTextAnalyses(tenantTx, [
      {
        id: row.id,
        sentiment: label === undefined ? row.sentiment : LABEL_SCORE[label],
        sentimentLabel: label ?? row.sentimentLabel,
        sentimentSource: label === undefined ? row.sentimentSource : "label",
        themes: themes ?? row.themes,
        themesCorrected: themes === undefined ? row.themesCorrected : true,
        language: row.language,
      },
    ]);
    const [correction] = await tenantTx
      .insert(feedbackCorrections, {
        feedbackId: row.id,
        source: "person",
        correctedBy: scope.userId,
        labelBefore: label === undefined ? null : row.sentimentLabel,
        labelAfter: label ?? null,
        themesBefore: themes === undefined ? null : row.themes,
        themesAfter: themes ?? null,
      })
      .returning({ id: feedbackCorrections.id, createdAt: feedbackCorrections.createdAt });

    return {
      feedbackId: row.id,
      sentimentLabel: label ?? row.sentimentLabel,
      sentimentSource: label === undefined ? row.sentimentSource : ("label" as const),
      themes: themes ?? row.themes,
      themesCorrected: themes === undefined ? row.themesCorrected : true,
      correctionId: correction!.id,
      correctedAt: correction!.createdAt,
    };
  });
  // A new label counts for training: enough of them since the last model retrain it.
  if (input.sentimentLabel !== undefined) await trainInBackgroundIfDue(tenant, "correction");
  return corrected;
}
