import "server-only";
import { z } from "zod";
import { correctResponse } from "@/server/services/corrections/correct";
import { correctionHistory } from "@/server/services/corrections/history";
import { correctResponseSchema, responseIdSchema } from "@/server/services/corrections/schemas";
import { FROM_AFTER_TO, fromNotAfterTo, responseFiltersSchema } from "@/server/services/responses/filters";
import { listResponses } from "@/server/services/responses/list";
import { removeResponse } from "@/server/services/responses/remove";
import { anyRoleProcedure, createTRPCRouter, directorProcedure, leadProcedure } from "../trpc";

export const responsesRouter = createTRPCRouter({
  list: anyRoleProcedure
    .input(
      responseFiltersSchema
        .extend({
          page: z.number().int().min(1).max(100_000).optional(),
          pageSize: z.number().int().min(1).max(100).optional(),
        })
        .refine(fromNotAfterTo, FROM_AFTER_TO)
        .optional(),
    )
    .query(({ ctx, input }) => listResponses(ctx.tenant, ctx.scope, input ?? {})),

  correct: leadProcedure.input(correctResponseSchema).mutation(({ ctx, input }) => correctResponse(ctx.tenant, ctx.scope, input)),

  corrections: leadProcedure.input(responseIdSchema).query(({ ctx, input }) => correctionHistory(ctx.tenant, ctx.scope, input.feedbackId)),

  remove: directorProcedure.input(responseIdSchema).mutation(({ ctx, input }) => removeResponse(ctx.tenant, ctx.scope, input)),
});
