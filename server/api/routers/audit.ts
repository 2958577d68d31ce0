import "server-only";
import { z } from "zod";
import { listAudit } from "@/server/services/audit/list";
import { idSchema } from "@/lib/schemas/common";
import { isoDateSchema } from "@/lib/schemas/kpis";
import { createTRPCRouter, directorProcedure } from "../trpc";

const filterText = z.string().trim().max(80).regex(/^[a-z_.]*$/, "Use a value from the list");

export const auditRouter = createTRPCRouter({
  list: directorProcedure
    .input(
      z
        .object({
          entityType: filterText.optional(),
          action: filterText.optional(),
          actorId: idSchema("actorId").optional(),
          from: isoDateSchema.optional(),
          to: isoDateSchema.optional(),
          page: z.number().int().min(1).max(100_000).optional(),
          pageSize: z.number().int().min(1).max(200).optional(),
        })
        .optional(),
    )
    .query(({ ctx, input }) => listAudit(ctx.tenant, input ?? {}, ctx.scope.timeZone)),
});
