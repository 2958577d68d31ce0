import "server-only";
import { z } from "zod";
import { idSchema, newPasswordSchema, requiredText, roleSchema } from "@/lib/schemas/common";
import { listPeople, setActive, setTeams, updateRole } from "@/server/services/users/people";
import { changePassword, updateProfile } from "@/server/services/users/profile";
import { anyRoleProcedure, createTRPCRouter, directorProcedure, leadProcedure } from "../trpc";

const userIdInput = z.object({ userId: idSchema("userId") });

export const usersRouter = createTRPCRouter({
  me: anyRoleProcedure.query(({ ctx }) => ctx.session),

  list: leadProcedure
    .input(z.object({ includeInactive: z.boolean().optional() }).optional())
    .query(({ ctx, input }) => listPeople(ctx.tenant, ctx.scope, input ?? {})),

  updateRole: directorProcedure
    .input(userIdInput.extend({ role: roleSchema }))
    .mutation(({ ctx, input }) => updateRole(ctx.tenant, ctx.scope, input)),

  setTeams: directorProcedure
    .input(
      userIdInput.extend({
        teams: z.array(z.object({ teamId: idSchema("teamId"), isLead: z.boolean() })).max(50),
      }),
    )
    .mutation(({ ctx, input }) => setTeams(ctx.tenant, ctx.scope, input)),

  deactivate: directorProcedure
    .input(userIdInput)
    .mutation(({ ctx, input }) => setActive(ctx.tenant, ctx.scope, { userId: input.userId, active: false })),

  reactivate: directorProcedure
    .input(userIdInput)
    .mutation(({ ctx, input }) => setActive(ctx.tenant, ctx.scope, { userId: input.userId, active: true })),

  updateProfile: anyRoleProcedure
    .input(z.object({ name: requiredText("Name", 120) }))
    .mutation(({ ctx, input }) => updateProfile(ctx.tenant, ctx.scope, input)),

  changePassword: anyRoleProcedure
    .input(z.object({ currentPassword: z.string().min(1, "Enter your current password").max(1024), newPassword: newPasswordSchema }))
    .mutation(({ ctx, input }) => changePassword(ctx.tenant, ctx.scope, input, { db: ctx.db, ip: ctx.ip })),
});
