import "server-only";
import { z } from "zod";
import { idSchema, optionalText, requiredText } from "@/lib/schemas/common";
import { createTeam, listTeams, removeTeam, updateTeam } from "@/server/services/teams/teams";
import { anyRoleProcedure, createTRPCRouter, directorProcedure } from "../trpc";

const teamFields = { name: requiredText("Team name", 80), description: optionalText("Description", 500) };

export const teamsRouter = createTRPCRouter({
  list: anyRoleProcedure.query(({ ctx }) => listTeams(ctx.tenant, ctx.scope)),

  create: directorProcedure
    .input(z.object({ name: teamFields.name, description: teamFields.description.optional() }))
    .mutation(({ ctx, input }) => createTeam(ctx.tenant, ctx.scope, input)),

  update: directorProcedure
    .input(z.object({ teamId: idSchema("teamId"), ...teamFields }))
    .mutation(({ ctx, input }) => updateTeam(ctx.tenant, ctx.scope, input)),

  remove: directorProcedure
    .input(z.object({ teamId: idSchema("teamId") }))
    .mutation(({ ctx, input }) => removeTeam(ctx.tenant, ctx.scope, input)),
});
