import "server-only";
import { z } from "zod";
import {
  assignmentIdInput,
  assignSchema,
  completeAssignmentSchema,
  extendAssignmentSchema,
  historySchema,
  listModulesSchema,
  moduleFieldsSchema,
  moduleIdInput,
  recommendationsSchema,
  updateModuleSchema,
} from "@/lib/schemas/training";
import {
  assignModule,
  cancelAssignment,
  completeAssignment,
  extendAssignment,
  moduleAssignments,
  myAssignments,
  startAssignment,
  teamAssignments,
} from "@/server/services/training/assignments";
import { trainingHistory } from "@/server/services/training/history";
import { createModule, getModule, listModules, setModuleRetired, touchPointOptions, updateModule } from "@/server/services/training/modules";
import { recommendations } from "@/server/services/training/recommendations";
import { anyRoleProcedure, createTRPCRouter, leadProcedure } from "../trpc";

export const trainingRouter = createTRPCRouter({
  // The catalogue: everyone sees the active modules (what they may be assigned); directors also the retired ones.
  list: anyRoleProcedure.input(listModulesSchema).query(({ ctx, input }) => listModules(ctx.tenant, ctx.scope, input)),
  byId: anyRoleProcedure.input(moduleIdInput).query(({ ctx, input }) => getModule(ctx.tenant, ctx.scope, input)),
  // A lead's module is for one of their teams; the service checks the team and touch points.
  create: leadProcedure.input(moduleFieldsSchema).mutation(({ ctx, input }) => createModule(ctx.tenant, ctx.scope, input)),
  update: leadProcedure.input(updateModuleSchema).mutation(({ ctx, input }) => updateModule(ctx.tenant, ctx.scope, input)),
  touchPointOptions: leadProcedure.query(({ ctx }) => touchPointOptions(ctx.tenant, ctx.scope)),
  retire: leadProcedure.input(moduleIdInput).mutation(({ ctx, input }) => setModuleRetired(ctx.tenant, ctx.scope, { ...input, retired: true })),
  reactivate: leadProcedure.input(moduleIdInput).mutation(({ ctx, input }) => setModuleRetired(ctx.tenant, ctx.scope, { ...input, retired: false })),

  assign: leadProcedure.input(assignSchema).mutation(({ ctx, input }) => assignModule(ctx.tenant, ctx.scope, input)),
  // Only the person assigned starts and completes; completing writes the training record.
  start: anyRoleProcedure.input(assignmentIdInput).mutation(({ ctx, input }) => startAssignment(ctx.tenant, ctx.scope, input)),
  complete: anyRoleProcedure.input(completeAssignmentSchema).mutation(({ ctx, input }) => completeAssignment(ctx.tenant, ctx.scope, input)),
  extend: leadProcedure.input(extendAssignmentSchema).mutation(({ ctx, input }) => extendAssignment(ctx.tenant, ctx.scope, input)),
  cancel: leadProcedure.input(assignmentIdInput).mutation(({ ctx, input }) => cancelAssignment(ctx.tenant, ctx.scope, input)),

  myAssignments: anyRoleProcedure.query(({ ctx }) => myAssignments(ctx.tenant, ctx.scope)),
  teamAssignments: leadProcedure
    .input(z.object({ openOnly: z.boolean({ error: "openOnly must be true or false" }).optional() }).default({}))
    .query(({ ctx, input }) => teamAssignments(ctx.tenant, ctx.scope, input)),
  moduleAssignments: leadProcedure.input(moduleIdInput).query(({ ctx, input }) => moduleAssignments(ctx.tenant, ctx.scope, input)),

  recommendations: leadProcedure.input(recommendationsSchema).query(({ ctx, input }) => recommendations(ctx.tenant, ctx.scope, input)),
  // A person's record: themselves, the leads of their teams, directors.
  history: anyRoleProcedure.input(historySchema).query(({ ctx, input }) => trainingHistory(ctx.tenant, ctx.scope, input)),
});
