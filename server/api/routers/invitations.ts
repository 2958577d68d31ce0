import "server-only";
import { z } from "zod";
import { emailSchema, idSchema, newPasswordSchema, requiredText, roleSchema } from "@/lib/schemas/common";
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  lookupInvitation,
  revokeInvitation,
} from "@/server/services/invitations/invitations";
import { createTRPCRouter, directorProcedure, publicProcedure } from "../trpc";

const tokenInput = z.string().trim().min(1, "The invitation link is incomplete").max(200, "The invitation link is not valid");

export const invitationsRouter = createTRPCRouter({
  list: directorProcedure.query(({ ctx }) => listInvitations(ctx.tenant)),

  create: directorProcedure
    .input(z.object({ email: emailSchema, role: roleSchema, teamId: idSchema("teamId").nullish() }))
    .mutation(({ ctx, input }) => createInvitation(ctx.tenant, ctx.scope, input)),

  revoke: directorProcedure
    .input(z.object({ invitationId: idSchema("invitationId") }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.tenant, ctx.scope, input)),

  lookup: publicProcedure.input(z.object({ token: tokenInput })).query(({ ctx, input }) => lookupInvitation(ctx.db, input)),

  accept: publicProcedure
    .input(z.object({ token: tokenInput, name: requiredText("Name", 120), password: newPasswordSchema }))
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, input, { ip: ctx.ip })),
});
