import "server-only";
import { z } from "zod";
import { type BatchOutcome } from "@/server/services/feedback/process-batch";
import { MAX_BATCH } from "@/lib/schemas/feedback";
import { restError } from "./errors";

const batchBodySchema = z.object({
  items: z.array(z.unknown()).min(1, "Send at least one item").max(MAX_BATCH, `Send at most ${MAX_BATCH} items per batch`),
});

/** `{ items: [...] }` in, the batch outcome out (422 only when nothing at all could be stored). */
export async function respondToBatch(body: unknown, run: (items: unknown[]) => Promise<BatchOutcome>): Promise<Response> {
  const parsed = batchBodySchema.safeParse(body);
  if (!parsed.success) {
    return restError(422, "validation_failed", parsed.error.issues[0]?.message ?? "Send { items: [...] }", {
      details: parsed.error.issues.map((i) => ({ path: i.path.join("."), reason: i.message })),
    });
  }
  const outcome = await run(parsed.data.items);
  return Response.json(outcome, { status: outcome.rejected.length && !outcome.results.length ? 422 : 200 });
}
