import "server-only";
import { z } from "zod";
import { idSchema, instantSchema, requiredText } from "@/lib/schemas/common";

/** One operational measurement (response time, first-contact resolution...) at a time. */
export const observationItemSchema = z.object({
  touchPointId: idSchema("touchPointId"),
  kpiId: idSchema("kpiId").nullish(),
  staffId: idSchema("staffId").nullish(),
  metric: requiredText("metric", 80),
  // Bounded so sums and sums of squares in the rollups stay finite (PostgreSQL refuses an overflow).
  value: z
    .number({ error: "value must be a number" })
    .finite("value must be a finite number")
    .min(-1e15, "value must be between -10^15 and 10^15")
    .max(1e15, "value must be between -10^15 and 10^15"),
  observedAt: instantSchema("observedAt"),
  idempotencyKey: requiredText("idempotencyKey", 200).nullish(),
});

export type ObservationItemInput = z.infer<typeof observationItemSchema>;
