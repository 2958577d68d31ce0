import "server-only";
import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { createKpi, removeKpi, updateKpi } from "@/server/services/kpis/kpis";
import { isoDateSchema, kpiFieldsSchema, targetFieldsSchema } from "@/lib/schemas/kpis";
import { listTargets, removeTarget, setTarget, updateTarget } from "@/server/services/kpis/targets";
import { createTRPCRouter, directorProcedure, leadProcedure } from "../trpc";

const kpiIdInput = z.object({ kpiId: idSchema("kpiId") });
const targetIdInput = z.object({ targetId: idSchema("targetId") });
const finite = (label: string) => z.number({ error: `${label} must be a number` }).finite(`${label} must be a number`);

export const kpisRouter = createTRPCRouter({
  create: directorProcedure
    .input(kpiFieldsSchema.and(z.object({ touchPointId: idSchema("touchPointId") })))
    .mutation(({ ctx, input }) => createKpi(ctx.tenant, ctx.scope, input)),

  update: directorProcedure
    .input(kpiFieldsSchema.and(kpiIdInput))
    .mutation(({ ctx, input }) => updateKpi(ctx.tenant, ctx.scope, input)),

  remove: directorProcedure.input(kpiIdInput).mutation(({ ctx, input }) => removeKpi(ctx.tenant, ctx.scope, input)),

  targets: leadProcedure.input(kpiIdInput).query(({ ctx, input }) => listTargets(ctx.tenant, ctx.scope, input)),

  setTarget: leadProcedure
    .input(targetFieldsSchema.and(kpiIdInput))
    .mutation(({ ctx, input }) => setTarget(ctx.tenant, ctx.scope, input)),

  updateTarget: leadProcedure
    .input(
      targetIdInput
        .extend({
          target: finite("Target"),
          warningThreshold: finite("Warning threshold").nullable().default(null),
          validFrom: isoDateSchema,
          validTo: isoDateSchema.nullable().default(null),
        })
        .refine((t) => !t.validTo || t.validTo >= t.validFrom, { path: ["validTo"], message: "The end date must not be before the start date" }),
    )
    .mutation(({ ctx, input }) => updateTarget(ctx.tenant, ctx.scope, input)),

  removeTarget: leadProcedure.input(targetIdInput).mutation(({ ctx, input }) => removeTarget(ctx.tenant, ctx.scope, input)),
});
