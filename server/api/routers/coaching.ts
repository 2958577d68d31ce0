import "server-only";
import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { recordCoachingSchema, updateCoachingSchema } from "@/lib/schemas/coaching";
import {
  coachingFormOptions,
  confirmCoachingSession,
  listMyCoaching,
  listPersonCoaching,
  listTeamCoaching,
  recordCoachingSession,
  updateCoachingSession,
} from "@/server/services/training/coaching";
import { anyRoleProcedure, createTRPCRouter, leadProcedure } from "../trpc";

export const coachingRouter = createTRPCRouter({
  record: leadProcedure.input(recordCoachingSchema).mutation(({ ctx, input }) => recordCoachingSession(ctx.tenant, ctx.scope, input)),

  update: leadProcedure.input(updateCoachingSchema).mutation(({ ctx, input }) => updateCoachingSession(ctx.tenant, ctx.scope, input)),

  // Any role: the person coached is whoever they are; the service lets only them confirm.
  confirm: anyRoleProcedure
    .input(z.object({ sessionId: idSchema("sessionId") }))
    .mutation(({ ctx, input }) => confirmCoachingSession(ctx.tenant, ctx.scope, input)),

  mine: anyRoleProcedure.query(({ ctx }) => listMyCoaching(ctx.tenant, ctx.scope)),

  team: leadProcedure.query(({ ctx }) => listTeamCoaching(ctx.tenant, ctx.scope)),

  forPerson: anyRoleProcedure
    .input(z.object({ userId: idSchema("userId") }))
    .query(({ ctx, input }) => listPersonCoaching(ctx.tenant, ctx.scope, input)),

  formOptions: leadProcedure.query(({ ctx }) => coachingFormOptions(ctx.tenant, ctx.scope)),
});
