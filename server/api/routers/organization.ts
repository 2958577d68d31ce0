import { z } from "zod";
import { requiredText } from "@/server/services/common/schemas";
import { demoLoadStatus } from "@/server/services/demo/background-load";
import { getOrganization, renameOrganization } from "@/server/services/organization/organization";
import { anyRoleProcedure, createTRPCRouter, directorProcedure } from "../trpc";

export const organizationRouter = createTRPCRouter({
  get: anyRoleProcedure.query(({ ctx }) => getOrganization(ctx.tenant)),
  /** How much of the demo's data this server has loaded so far (null when it loads none). */
  demoLoad: anyRoleProcedure.query(({ ctx }) => demoLoadStatus(ctx.tenant)),
  update: directorProcedure
    .input(z.object({ name: requiredText("Organisation name", 120) }))
    .mutation(({ ctx, input }) => renameOrganization(ctx.tenant, ctx.scope, input)),
});
