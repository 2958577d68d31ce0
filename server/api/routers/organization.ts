import "server-only";
import { z } from "zod";
import { timeZoneSchema } from "@/lib/time-zone";
import { requiredText } from "@/lib/schemas/common";
import { demoLoadStatus } from "@/server/services/demo/background-load";
import { getOrganization, renameOrganization } from "@/server/services/organization/organization";
import { latestRollupRebuild, runRollupRebuild } from "@/server/services/organization/rollup-rebuild";
import { changeTimeZone, organizationSettings } from "@/server/services/organization/time-zone";
import { anyRoleProcedure, createTRPCRouter, directorProcedure } from "../trpc";

export const organizationRouter = createTRPCRouter({
  get: anyRoleProcedure.query(({ ctx }) => getOrganization(ctx.tenant)),
  /** How much of the demo's data this server has loaded so far (null when it loads none). */
  demoLoad: anyRoleProcedure.query(({ ctx }) => demoLoadStatus(ctx.tenant)),
  update: directorProcedure
    .input(z.object({ name: requiredText("Organisation name", 120) }))
    .mutation(({ ctx, input }) => renameOrganization(ctx.tenant, ctx.scope, input)),
  /** The Organisation settings page. */
  settings: directorProcedure.query(({ ctx }) => organizationSettings(ctx.tenant)),
  updateTimeZone: directorProcedure
    .input(z.object({ timeZone: timeZoneSchema }))
    .mutation(({ ctx, input }) => changeTimeZone(ctx.tenant, ctx.scope, input)),
  /** The latest rollup rebuild, for the banner every role sees while figures are rebuilt. */
  rebuildStatus: anyRoleProcedure.query(({ ctx }) => latestRollupRebuild(ctx.tenant)),
  /** Works on the rebuild for a few seconds and answers with its progress; the page calls again until it has finished. */
  rebuildStep: directorProcedure.mutation(({ ctx }) => runRollupRebuild(ctx.tenant, ctx.scope.userId)),
});
