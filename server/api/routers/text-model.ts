import "server-only";
import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { textJobById } from "@/server/services/text-model/jobs";
import { requestRescore, requestTraining } from "@/server/services/text-model/requests";
import { textModelHistory, textModelStatus } from "@/server/services/text-model/status";
import { createTRPCRouter, directorProcedure } from "../trpc";

export const textModelRouter = createTRPCRouter({
  // The model is trained on every comment people labelled; its figures are for the director.
  status: directorProcedure.query(({ ctx }) => textModelStatus(ctx.tenant)),

  history: directorProcedure.query(({ ctx }) => textModelHistory(ctx.tenant)),

  train: directorProcedure.mutation(({ ctx }) => requestTraining(ctx.tenant, ctx.scope)),

  rescore: directorProcedure.mutation(({ ctx }) => requestRescore(ctx.tenant, ctx.scope)),

  job: directorProcedure
    .input(z.object({ jobId: idSchema("jobId") }))
    .query(({ ctx, input }) => textJobById(ctx.tenant, input.jobId)),
});
