import "server-only";
import { importChunk } from "@/server/services/imports/chunk";
import { prepareImport } from "@/server/services/imports/prepare";
import { removalPreview, removeImport } from "@/server/services/imports/remove";
import { finishImport, listImports, startImport } from "@/server/services/imports/runs";
import { savedMapping, saveMapping } from "@/server/services/imports/saved-mappings";
import {
  finishImportSchema,
  importChunkSchema,
  importRunIdSchema,
  prepareImportSchema,
  savedMappingInputSchema,
  saveMappingSchema,
  startImportSchema,
} from "@/lib/schemas/imports";
import { importContext } from "@/server/services/imports/targets";
import { createTRPCRouter, directorProcedure, leadProcedure } from "../trpc";

export const importsRouter = createTRPCRouter({
  context: leadProcedure.query(({ ctx }) => importContext(ctx.tenant, ctx.scope)),

  list: leadProcedure.query(({ ctx }) => listImports(ctx.tenant, ctx.scope)),

  /** Touch points and rating KPIs for the file's rating columns: only a director creates them. */
  prepare: directorProcedure.input(prepareImportSchema).mutation(({ ctx, input }) => prepareImport(ctx.tenant, ctx.scope, input)),

  start: leadProcedure.input(startImportSchema).mutation(({ ctx, input }) => startImport(ctx.tenant, ctx.scope, input)),

  chunk: leadProcedure.input(importChunkSchema).mutation(({ ctx, input }) => importChunk(ctx.tenant, ctx.scope, input)),

  finish: leadProcedure.input(finishImportSchema).mutation(({ ctx, input }) => finishImport(ctx.tenant, ctx.scope, input)),

  /** What removing a run would take away. A lead may ask about (and remove) only the runs they started. */
  removalPreview: leadProcedure.input(importRunIdSchema).query(({ ctx, input }) => removalPreview(ctx.tenant, ctx.scope, input)),

  /** Starts or resumes removing a run; answers with the progress after a few seconds' work, to be called again until done. */
  remove: leadProcedure.input(importRunIdSchema).mutation(({ ctx, input }) => removeImport(ctx.tenant, ctx.scope, input)),

  savedMapping: leadProcedure.input(savedMappingInputSchema).query(({ ctx, input }) => savedMapping(ctx.tenant, ctx.scope, input)),

  saveMapping: leadProcedure.input(saveMappingSchema).mutation(({ ctx, input }) => saveMapping(ctx.tenant, ctx.scope, input)),
});
