import { z } from "zod";
import { idSchema, requiredText } from "@/server/services/common/schemas";

export const MAX_IMPORT_CHUNK = 1000;

export const importShapeSchema = z.enum(["response", "wide"], "Choose the file's shape: response or wide");

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

export const finishImportSchema = z.object({ importRunId: idSchema("importRunId"), status: z.enum(["completed", "cancelled"]) });

export const importRunIdSchema = z.object({ importRunId: idSchema("importRunId") });
