import "server-only";
import { z } from "zod";
import { idSchema, requiredText } from "@/lib/schemas/common";
import { exportJourney, importJourney } from "@/server/services/journeys/definition";
import { journeyDefinitionSchema } from "@/server/services/journeys/definition-schema";
import { createJourney, duplicateJourney, listJourneys, setJourneyArchived, updateJourney } from "@/server/services/journeys/journeys";
import { journeyMap } from "@/server/services/journeys/map";
import { journeyFieldsSchema, positionSchema, segmentSchema, stageFieldsSchema } from "@/lib/schemas/journeys";
import { addStage, moveStage, removeStage, updateStage } from "@/server/services/journeys/stages";
import { anyRoleProcedure, createTRPCRouter, directorProcedure } from "../trpc";

const journeyIdInput = z.object({ journeyId: idSchema("journeyId") });
const stageIdInput = z.object({ stageId: idSchema("stageId") });

export const journeysRouter = createTRPCRouter({
  list: anyRoleProcedure
    .input(z.object({ includeArchived: z.boolean().optional() }).optional())
    .query(({ ctx, input }) => listJourneys(ctx.tenant, ctx.scope, input ?? {})),

  map: anyRoleProcedure.input(journeyIdInput).query(({ ctx, input }) => journeyMap(ctx.tenant, ctx.scope, input)),

  create: directorProcedure.input(journeyFieldsSchema).mutation(({ ctx, input }) => createJourney(ctx.tenant, ctx.scope, input)),

  update: directorProcedure
    .input(journeyFieldsSchema.extend(journeyIdInput.shape))
    .mutation(({ ctx, input }) => updateJourney(ctx.tenant, ctx.scope, input)),

  duplicate: directorProcedure
    .input(journeyIdInput.extend({ name: requiredText("Journey name", 120), segment: segmentSchema.optional() }))
    .mutation(({ ctx, input }) => duplicateJourney(ctx.tenant, ctx.scope, input)),

  archive: directorProcedure
    .input(journeyIdInput)
    .mutation(({ ctx, input }) => setJourneyArchived(ctx.tenant, ctx.scope, { ...input, archived: true })),

  restore: directorProcedure
    .input(journeyIdInput)
    .mutation(({ ctx, input }) => setJourneyArchived(ctx.tenant, ctx.scope, { ...input, archived: false })),

  exportDefinition: directorProcedure.input(journeyIdInput).query(({ ctx, input }) => exportJourney(ctx.tenant, ctx.scope, input)),

  importDefinition: directorProcedure
    .input(z.object({ document: journeyDefinitionSchema }))
    .mutation(({ ctx, input }) => importJourney(ctx.tenant, ctx.scope, input.document)),

  addStage: directorProcedure
    .input(stageFieldsSchema.extend(journeyIdInput.shape))
    .mutation(({ ctx, input }) => addStage(ctx.tenant, ctx.scope, input)),

  updateStage: directorProcedure
    .input(stageFieldsSchema.extend(stageIdInput.shape))
    .mutation(({ ctx, input }) => updateStage(ctx.tenant, ctx.scope, input)),

  moveStage: directorProcedure
    .input(stageIdInput.extend({ toPosition: positionSchema }))
    .mutation(({ ctx, input }) => moveStage(ctx.tenant, ctx.scope, input)),

  removeStage: directorProcedure.input(stageIdInput).mutation(({ ctx, input }) => removeStage(ctx.tenant, ctx.scope, input)),
});
