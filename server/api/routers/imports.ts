import { importChunk } from "@/server/services/imports/chunk";
import { finishImport, listImports, startImport } from "@/server/services/imports/runs";
import { finishImportSchema, importChunkSchema, startImportSchema } from "@/server/services/imports/schemas";
import { importContext } from "@/server/services/imports/targets";
import { createTRPCRouter, leadProcedure } from "../trpc";

export const importsRouter = createTRPCRouter({
  context: leadProcedure.query(({ ctx }) => importContext(ctx.tenant, ctx.scope)),

  list: leadProcedure.query(({ ctx }) => listImports(ctx.tenant, ctx.scope)),

  start: leadProcedure.input(startImportSchema).mutation(({ ctx, input }) => startImport(ctx.tenant, ctx.scope, input)),

  chunk: leadProcedure.input(importChunkSchema).mutation(({ ctx, input }) => importChunk(ctx.tenant, ctx.scope, input)),

  finish: leadProcedure.input(finishImportSchema).mutation(({ ctx, input }) => finishImport(ctx.tenant, ctx.scope, input)),
});
