import "server-only";
import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { createSurveyLink, listSurveyLinks, regenerateSurveyLink, setSurveyLinkClosed } from "@/server/services/surveys/links";
import { publicSurveyForm, submitSurveyResponse } from "@/server/services/surveys/public";
import { surveyLinkInput, surveySubmissionSchema } from "@/lib/schemas/surveys";
import { createTRPCRouter, directorProcedure, publicProcedure } from "../trpc";

const surveyIdInput = z.object({ surveyId: idSchema("surveyId") });

export const surveysRouter = createTRPCRouter({
  list: directorProcedure.query(({ ctx }) => listSurveyLinks(ctx.tenant)),

  create: directorProcedure
    .input(z.object({ touchPointId: idSchema("touchPointId"), includeComment: z.boolean(), includeStaff: z.boolean() }))
    .mutation(({ ctx, input }) => createSurveyLink(ctx.tenant, ctx.scope, input)),

  close: directorProcedure
    .input(surveyIdInput)
    .mutation(({ ctx, input }) => setSurveyLinkClosed(ctx.tenant, ctx.scope, { surveyId: input.surveyId, closed: true })),

  reopen: directorProcedure
    .input(surveyIdInput)
    .mutation(({ ctx, input }) => setSurveyLinkClosed(ctx.tenant, ctx.scope, { surveyId: input.surveyId, closed: false })),

  regenerate: directorProcedure.input(surveyIdInput).mutation(({ ctx, input }) => regenerateSurveyLink(ctx.tenant, ctx.scope, input)),

  /** The link is the authority: anyone holding it may read the form and answer it. */
  publicForm: publicProcedure.input(z.object(surveyLinkInput)).query(({ ctx, input }) => publicSurveyForm(ctx.db, input)),

  submit: publicProcedure
    .input(surveySubmissionSchema)
    .mutation(({ ctx, input }) => submitSurveyResponse(ctx.db, { ...input, ip: ctx.ip })),
});
