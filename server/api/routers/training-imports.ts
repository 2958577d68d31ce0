import "server-only";
import { z } from "zod";
import { idSchema, requiredText } from "@/lib/schemas/common";
import { importLmsRowsSchema } from "@/lib/schemas/training-imports";
import { importLmsRows } from "@/server/services/training/lms-import";
import { mapCourse, mappableModules, recentlyApplied, retryPerson, waitingCourses, waitingPeople } from "@/server/services/training/xapi-waiting";
import { createTRPCRouter, directorProcedure, leadProcedure } from "../trpc";

export const trainingImportsRouter = createTRPCRouter({
  // A chunk of an LMS CSV export; a lead's rows are limited to their teams' members by the service.
  importLmsRows: leadProcedure.input(importLmsRowsSchema).mutation(({ ctx, input }) => importLmsRows(ctx.tenant, ctx.scope, input)),

  waitingCourses: directorProcedure.query(({ ctx }) => waitingCourses(ctx.tenant)),

  waitingPeople: directorProcedure.query(({ ctx }) => waitingPeople(ctx.tenant)),

  recentlyApplied: directorProcedure.query(({ ctx }) => recentlyApplied(ctx.tenant)),

  modules: directorProcedure.query(({ ctx }) => mappableModules(ctx.tenant)),

  mapCourse: directorProcedure
    .input(z.object({ courseId: requiredText("Course id", 2000), moduleId: idSchema("moduleId") }))
    .mutation(({ ctx, input }) => mapCourse(ctx.tenant, ctx.scope, input)),

  retryPerson: directorProcedure
    .input(z.object({ actor: requiredText("Actor", 2000) }))
    .mutation(({ ctx, input }) => retryPerson(ctx.tenant, ctx.scope, input)),
});
