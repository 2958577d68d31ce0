import { importChunk } from "@/server/services/imports/chunk";
import { removalPreview, removeImport } from "@/server/services/imports/remove";
import { finishImport, listImports, startImport } from "@/server/services/imports/runs";
import { finishImportSchema, importChunkSchema, importRunIdSchema, startImportSchema } from "@/server/services/imports/schemas";
import { importContext } from "@/server/services/imports/targets";
import { createTRPCRouter, leadProcedure } from "../trpc";

export const importsRouter = createTRPCRouter({
  context: leadProcedure.query(({ ctx }) => importContext(ctx.tenant, ctx.scope)),

  list: leadProcedure.query(({ ctx }) => listImports(ctx.tenant, ctx.scope)),

  start: leadProcedure.input(startImportSchema).mutation(({ ctx, input }) => startImport(ctx.tenant, ctx.scope, input)),

  chunk: leadProcedure.input(importChunkSchema).mutation(({ ctx, input }) => importChunk(ctx.tenant, ctx.scope, input)),

  finish: leadProcedure.input(finishImportSchema).mutation(({ ctx, input }) => finishImport(ctx.tenant, ctx.scope, input)),

  /** What removing a run would take away. A lead may ask about (and remove) only the runs they started. */
  removalPreview: leadProcedure.input(importRunIdSchema).query(({ ctx, input }) => removalPreview(ctx.tenant, ctx.scope, input)),

  /** Starts or resumes removing a run; answers with the progress after a few seconds' work, to be called again until done. */
  remove: leadProcedure.input(importRunIdSchema).mutation(({ ctx, input }) => removeImport(ctx.tenant, ctx.scope, input)),
});
