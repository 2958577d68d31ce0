import { z } from "zod";
import { emailSchema, newPasswordSchema, requiredText } from "@/server/services/common/schemas";
import { signUp } from "@/server/services/organization/sign-up";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const signUpInput = z.object({
  orgName: requiredText("Organisation name", 120),
  name: requiredText("Your name", 120),
  email: emailSchema,
  password: newPasswordSchema,
});

export const authRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(signUpInput)
    .mutation(async ({ ctx, input }) => ({ email: (await signUp(ctx.db, input)).email })),
});
