import "server-only";
import { signUpSchema } from "@/lib/schemas/organization";
import { signUp } from "@/server/services/organization/sign-up";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const authRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(signUpSchema)
    .mutation(async ({ ctx, input }) => ({ email: (await signUp(ctx.db, input, { ip: ctx.ip })).email })),
});
