import { z } from "zod";
import { idSchema, instantSchema, optionalText, requiredText } from "@/lib/schemas/common";
import { CHANNELS } from "@/lib/domain/channels";
import { SENTIMENT_LABELS } from "@/lib/domain/sentiment";
import { SCALE_CEILING, SCALE_FLOOR } from "@/lib/rating-scale";

/** A whole-number score; a refusal names the field, the value and the range ("npsScore 11 is outside 0-10"). */
const score = (label: string, min: number, max: number, range = `${min}-${max}`) => {
  const outside = { error: (issue: { input?: unknown }) => `${label} ${String(issue.input)} is outside ${range}` };
  return z
    .number({ error: (issue) => `${label} must be a number (got ${JSON.stringify(issue.input) ?? "nothing"})` })
    .int({ error: (issue) => `${label} must be a whole number (got ${String(issue.input)})` })
    .min(min, outside)
    .max(max, outside);
};

/**
 * The most UTF-8 bytes a segment's names and values may take together. The daily rollups key on
 * them (`segment_key`, "name=value|..."), and a btree index row holds at most 2704 bytes: a larger
 * segment, each of its attributes valid, made the database refuse the whole batch (issue 15).
 */
export const MAX_SEGMENT_BYTES = 2000;

const utf8 = new TextEncoder();
const segmentBytes = (segment: Record<string, string>) =>
  Object.entries(segment).reduce((sum, [name, value]) => sum + utf8.encode(name).length + utf8.encode(value).length + 2, 0);

/** One response as other systems send it (REST API, CSV import after mapping). */
export const feedbackItemSchema = z
  .object({
    touchPointId: idSchema("touchPointId"),
    channel: z.enum(CHANNELS, `Use one of: ${CHANNELS.join(", ")}`),
    staffId: idSchema("staffId").nullish(),
    customerRef: optionalText("customerRef", 200).nullish(),
    segment: z.record(requiredText("segment attribute", 60), optionalText("segment value", 200)).refine((s) => Object.keys(s).length <= 20, "At most 20 segment attributes")
      .refine((s) => segmentBytes(s) <= MAX_SEGMENT_BYTES, `segment is too large to store: its names and values may take ${MAX_SEGMENT_BYTES} bytes together; send fewer or shorter ones`)
      .optional(),
    npsScore: score("npsScore", 0, 10).nullish(),
    csatScore: score("csatScore", 1, 5).nullish(),
    cesScore: score("cesScore", 1, 7).nullish(),
    // Any scale's answer passes here; the touch point's own scale is checked against its rating KPI (process-batch.ts).
    rating: score("rating", SCALE_FLOOR, SCALE_CEILING, `${SCALE_FLOOR}-${SCALE_CEILING}, the widest any rating scale goes`)
      .nullish()
      .meta({
        description:
          "A whole number on the touch point's rating KPI scale (its scaleMin..scaleMax; 1-5 when it has no rating KPI). A value outside it is refused with the field, the value and the range. On a scale starting at 1 or more, 0 means not applicable and is stored as no rating; on a 0-10 scale, 0 is an answer.",
      }),
    // Text columns refuse NUL, and jsonb lone surrogates: such input is rejected here, never a 500.
    comment: optionalText("comment", 10_000)
      .nullish()
      .transform((comment) => (comment ? comment : null)),
    occurredAt: instantSchema("occurredAt"),
    idempotencyKey: requiredText("idempotencyKey", 200).nullish(),
    // Absent unless sent, so an item without one hashes as it did before labels existed (idempotency).
    sentimentLabel: z
      .enum(SENTIMENT_LABELS, `Use one of: ${SENTIMENT_LABELS.join(", ")}`)
      .optional()
      .meta({
        description:
          "The comment's sentiment as people judged it (for example a labelled data set). Stored as the response's label instead of the analyser's; it counts as a label for the organisation's own sentiment model and no rescoring changes it. Needs a comment.",
      }),
  })
  .refine((item) => [item.npsScore, item.csatScore, item.cesScore, item.rating, item.comment].some((v) => v !== undefined && v !== null), {
    message: "Send at least one score or a comment",
    path: ["npsScore"],
  })
  .refine((item) => !item.sentimentLabel || item.comment, {
    message: "A sentiment label needs a comment: it says what the comment means",
    path: ["sentimentLabel"],
  });

export type FeedbackItemInput = z.infer<typeof feedbackItemSchema>;

export const MAX_BATCH = 5000;
