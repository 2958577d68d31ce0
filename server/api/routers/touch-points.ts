import "server-only";
import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { positionSchema, touchPointFieldsSchema } from "@/lib/schemas/journeys";
import {
  createTouchPoint,
  moveTouchPoint,
  removeTouchPoint,
  setTouchPointArchived,
  updateTouchPoint,
} from "@/server/services/touch-points/touch-points";
import { createTRPCRouter, directorProcedure } from "../trpc";

const touchPointIdInput = z.object({ touchPointId: idSchema("touchPointId") });

export const touchPointsRouter = createTRPCRouter({
  create: directorProcedure
    .input(touchPointFieldsSchema.extend({ stageId: idSchema("stageId") }))
    .mutation(({ ctx, input }) => createTouchPoint(ctx.tenant, ctx.scope, input)),

  update: directorProcedure
    .input(touchPointFieldsSchema.extend(touchPointIdInput.shape))
    .mutation(({ ctx, input }) => updateTouchPoint(ctx.tenant, ctx.scope, input)),

  move: directorProcedure
    .input(touchPointIdInput.extend({ toStageId: idSchema("toStageId"), toPosition: positionSchema }))
    .mutation(({ ctx, input }) => moveTouchPoint(ctx.tenant, ctx.scope, input)),

  archive: directorProcedure
    .input(touchPointIdInput)
    .mutation(({ ctx, input }) => setTouchPointArchived(ctx.tenant, ctx.scope, { ...input, archived: true })),

  restore: directorProcedure
    .input(touchPointIdInput)
    .mutation(({ ctx, input }) => setTouchPointArchived(ctx.tenant, ctx.scope, { ...input, archived: false })),

  remove: directorProcedure.input(touchPointIdInput).mutation(({ ctx, input }) => removeTouchPoint(ctx.tenant, ctx.scope, input)),
});
