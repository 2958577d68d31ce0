import { z } from "zod";
import { requiredText } from "@/server/services/common/schemas";
import { getOrganization, renameOrganization } from "@/server/services/organization/organization";
import { anyRoleProcedure, createTRPCRouter, directorProcedure } from "../trpc";

export const organizationRouter = createTRPCRouter({
  get: anyRoleProcedure.query(({ ctx }) => getOrganization(ctx.tenant)),
  update: directorProcedure
    .input(z.object({ name: requiredText("Organisation name", 120) }))
    .mutation(({ ctx, input }) => renameOrganization(ctx.tenant, ctx.scope, input)),
});
