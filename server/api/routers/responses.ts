import { z } from "zod";
import { idSchema, optionalText, requiredText } from "@/server/services/common/schemas";
import { isoDateSchema } from "@/server/services/kpis/schemas";
import { correctResponse } from "@/server/services/corrections/correct";
import { correctionHistory } from "@/server/services/corrections/history";
import { correctResponseSchema, responseIdSchema } from "@/server/services/corrections/schemas";
import { listResponses } from "@/server/services/responses/list";
import { removeResponse } from "@/server/services/responses/remove";
import { THEME_NAME_MAX } from "@/server/services/themes/schemas";
import { anyRoleProcedure, createTRPCRouter, directorProcedure, leadProcedure } from "../trpc";

export const responsesRouter = createTRPCRouter({
  list: anyRoleProcedure
    .input(
      z
        .object({
          touchPointId: idSchema("touchPointId").optional(),
          staffId: idSchema("staffId").optional(),
          sentiment: z.enum(["positive", "neutral", "negative"]).optional(),
          source: z.enum(["survey", "api", "import", "manual"]).optional(),
          search: optionalText("Search", 200).optional(),
          theme: requiredText("Theme", THEME_NAME_MAX).optional(),
          withComment: z.boolean().optional(),
          from: isoDateSchema.optional(),
          to: isoDateSchema.optional(),
          page: z.number().int().min(1).max(100_000).optional(),
          pageSize: z.number().int().min(1).max(100).optional(),
        })
        .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "From must not be after To", path: ["to"] })
        .optional(),
    )
    .query(({ ctx, input }) => listResponses(ctx.tenant, ctx.scope, input ?? {})),

  correct: leadProcedure.input(correctResponseSchema).mutation(({ ctx, input }) => correctResponse(ctx.tenant, ctx.scope, input)),

  corrections: leadProcedure.input(responseIdSchema).query(({ ctx, input }) => correctionHistory(ctx.tenant, ctx.scope, input.feedbackId)),

  remove: directorProcedure.input(responseIdSchema).mutation(({ ctx, input }) => removeResponse(ctx.tenant, ctx.scope, input)),
});
