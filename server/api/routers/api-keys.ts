import "server-only";
import { z } from "zod";
import { createApiKey, listApiKeys, revokeApiKey } from "@/server/services/api-keys/keys";
import { apiKeyScopesSchema } from "@/lib/schemas/api-keys";
import { idSchema, requiredText } from "@/lib/schemas/common";
import { createTRPCRouter, directorProcedure } from "../trpc";

export const apiKeysRouter = createTRPCRouter({
  list: directorProcedure.query(({ ctx }) => listApiKeys(ctx.tenant)),

  create: directorProcedure
    .input(z.object({ name: requiredText("Key name", 80), scopes: apiKeyScopesSchema }))
    .mutation(({ ctx, input }) => createApiKey(ctx.tenant, ctx.scope, input)),

  revoke: directorProcedure
    .input(z.object({ apiKeyId: idSchema("apiKeyId") }))
    .mutation(({ ctx, input }) => revokeApiKey(ctx.tenant, ctx.scope, input)),
});
