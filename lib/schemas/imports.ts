import { z } from "zod";
import { idSchema, requiredText } from "@/lib/schemas/common";
import { feedbackItemSchema } from "@/lib/schemas/feedback";
import { IMPORT_STATUSES } from "@/lib/domain/imports";
import { IMPORT_SHAPES } from "@/lib/import/types";

/**
 * An imported item: the API's, with a rating on any scale up to 100; the rating is then checked
 * against the scale of its touch point's rating KPI (1-5 when it has none), in chunk.ts.
 */
export const importItemSchema = feedbackItemSchema.safeExtend({
  rating: z.number({ error: "rating must be a number" }).int("rating must be a whole number").min(0, "rating is 0-100").max(100, "rating is 0-100").nullish(),
});

export const MAX_IMPORT_CHUNK = 1000;

export const importShapeSchema = z.enum(IMPORT_SHAPES, "Choose the file's shape: response or wide");

export const startImportSchema = z.object({ fileName: requiredText("File name", 255), shape: importShapeSchema });

export const importChunkSchema = z.object({
  importRunId: idSchema("importRunId"),
  /** Records read since the last chunk, rejected ones included. */
  rowsRead: z.number().int().min(0).max(1_000_000),
  /** Records or responses rejected in the browser since the last chunk (unreadable lines, unknown touch points...). */
  locallyRejected: z.number().int().min(0).max(1_000_000),
  rows: z
    .array(z.object({ line: z.number().int().min(1), item: z.unknown() }))
    .max(MAX_IMPORT_CHUNK, `Send at most ${MAX_IMPORT_CHUNK} rows at a time`),
});
export type ImportChunkInput = z.infer<typeof importChunkSchema>;

export const finishImportSchema = z.object({ importRunId: idSchema("importRunId"), status: z.enum(IMPORT_STATUSES).exclude(["running"]) });

export const importRunIdSchema = z.object({ importRunId: idSchema("importRunId") });

const scaleEnd = (label: string) => z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} is 0-100`).max(100, `${label} is 0-100`);
const scaleFields = { scaleMin: scaleEnd("scaleMin"), scaleMax: scaleEnd("scaleMax") };
const orderedScale = (s: { scaleMin?: number; scaleMax?: number }) => (s.scaleMin === undefined) === (s.scaleMax === undefined) && (s.scaleMin === undefined || s.scaleMax! > s.scaleMin);
const SCALE_ORDER = { message: "Give both ends of the scale, its top above its bottom (such as 1-10)", path: ["scaleMax"] };

/** Touch points and rating KPIs a director's import creates before it starts (see prepare.ts). */
export const prepareImportSchema = z.object({
  fileName: requiredText("File name", 255),
  /** Without a scale when no column rates it (a file of comments): then it gets no rating KPI. */
  newTouchPoints: z.array(z.object({ name: requiredText("Touch point name", 120), scaleMin: scaleFields.scaleMin.optional(), scaleMax: scaleFields.scaleMax.optional() }).refine(orderedScale, SCALE_ORDER)).max(60, "At most 60 new touch points at once"),
  ratingScales: z.array(z.object({ touchPointId: idSchema("touchPointId"), ...scaleFields }).refine(orderedScale, SCALE_ORDER)).max(60, "At most 60 rating columns at once"),
});
export type PrepareImportInput = z.infer<typeof prepareImportSchema>;

/** The normalised header names of a file, hashed on the client: the key of its saved mapping. */
export const headerSignatureSchema = z.string().regex(/^[0-9a-f]{16}:\d{1,4}$/, "headerSignature is a 16-digit hex hash and the number of columns, such as 0123456789abcdef:12");

export const savedMappingInputSchema = z.object({ headerSignature: headerSignatureSchema });

/** The JSON a value is stored as (undefined properties left out, as the database driver does), or null when it has none (a BigInt). */
function jsonText(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

export const saveMappingSchema = z.object({
  headerSignature: headerSignatureSchema,
  fileName: requiredText("File name", 255),
  shape: importShapeSchema,
  /** The mapping as the page holds it; read back only by the page, which checks it against the file. */
  mapping: z
    .record(z.string(), z.unknown())
    .refine((m) => jsonText(m) !== null, "The mapping must be plain JSON")
    .refine((m) => (jsonText(m) ?? "").length <= 100_000, "The mapping is too large to save")
    // PostgreSQL's jsonb holds neither the NUL character nor half a surrogate pair (which
    // JSON.stringify writes as \u0000 and \ud800...); no real mapping has them.
    .refine((m) => !/\\u(0000|d[89a-f])/i.test(jsonText(m) ?? ""), "The mapping holds a character that cannot be saved (NUL or half a surrogate pair)"),
});
export type SaveMappingInput = z.infer<typeof saveMappingSchema>;
