import "server-only";
import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { coachingImpact, impactOverview, moduleImpact } from "@/server/services/training/impact/impact";
import { createTRPCRouter, leadProcedure } from "../trpc";

/*
 * The measured impact of training on customers' KPIs: aggregates that name nobody, for directors
 * and team leads (a lead reads the organisation's modules, their teams' and coaching at their
 * teams' touch points; the service decides).
 */
export const trainingImpactRouter = createTRPCRouter({
  overview: leadProcedure.query(({ ctx }) => impactOverview(ctx.tenant, ctx.scope)),
  module: leadProcedure
    .input(z.object({ moduleId: idSchema("Module") }))
    .query(({ ctx, input }) => moduleImpact(ctx.tenant, ctx.scope, input)),
  coaching: leadProcedure
    .input(z.object({ touchPointId: idSchema("Touch point") }))
    .query(({ ctx, input }) => coachingImpact(ctx.tenant, ctx.scope, input)),
});
