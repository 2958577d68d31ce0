import "server-only";
import { z } from "zod";
import { idSchema, requiredText } from "@/lib/schemas/common";
import { periodFields, refinePeriod } from "@/server/services/dashboards/period";
import { themeInsights } from "@/server/services/themes/insights";
import { themePresetSchema } from "@/lib/schemas/organization";
import { mergeThemesSchema, splitThemeSchema, themeFieldsSchema } from "@/lib/schemas/themes";
import { suggestThemesFor } from "@/server/services/themes/suggest-query";
import { switchPreset } from "@/server/services/themes/switch-preset";
import {
  createTheme,
  deleteTheme,
  listThemes,
  mergeThemes,
  resetThemes,
  splitTheme,
  tryComment,
  updateTheme,
} from "@/server/services/themes/themes";
import { anyRoleProcedure, createTRPCRouter, directorProcedure } from "../trpc";

const themeIdInput = z.object({ themeId: idSchema("themeId") });

export const themesRouter = createTRPCRouter({
  // The taxonomy names what comments are about; nothing in it is private to a role.
  list: anyRoleProcedure.query(({ ctx }) => listThemes(ctx.tenant)),

  create: directorProcedure
    .input(themeFieldsSchema)
    .mutation(({ ctx, input }) => createTheme(ctx.tenant, ctx.scope, input)),

  update: directorProcedure
    .input(themeFieldsSchema.extend(themeIdInput.shape))
    .mutation(({ ctx, input }) => updateTheme(ctx.tenant, ctx.scope, input)),

  delete: directorProcedure.input(themeIdInput).mutation(({ ctx, input }) => deleteTheme(ctx.tenant, ctx.scope, input)),

  merge: directorProcedure.input(mergeThemesSchema).mutation(({ ctx, input }) => mergeThemes(ctx.tenant, ctx.scope, input)),

  split: directorProcedure.input(splitThemeSchema).mutation(({ ctx, input }) => splitTheme(ctx.tenant, ctx.scope, input)),

  // Beside the taxonomy it edits: each theme's volume, sentiment, trend and newest comments.
  insights: directorProcedure
    .input(z.object(periodFields).superRefine(refinePeriod))
    .query(({ ctx, input }) => themeInsights(ctx.tenant, ctx.scope, input)),

  reset: directorProcedure.mutation(({ ctx }) => resetThemes(ctx.tenant, ctx.scope)),

  // Replaces the taxonomy by another preset (or none); `reanalyse` queues re-detecting stored comments.
  switchPreset: directorProcedure
    .input(z.object({ preset: themePresetSchema, reanalyse: z.boolean({ error: "reanalyse must be true or false" }) }))
    .mutation(({ ctx, input }) => switchPreset(ctx.tenant, ctx.scope, input)),

  // Reads the organisation's comments: for the director, who decides the taxonomy.
  suggest: directorProcedure
    .input(z.object({ journeyId: idSchema("journeyId").nullish() }))
    .query(({ ctx, input }) => suggestThemesFor(ctx.tenant, input)),

  try: directorProcedure
    .input(z.object({ text: requiredText("Comment", 10_000) }))
    .mutation(({ ctx, input }) => tryComment(ctx.tenant, input)),
});
