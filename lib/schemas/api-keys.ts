import { z } from "zod";
import { API_KEY_SCOPES } from "@/lib/domain/api-keys";

/** The scopes of a new key: at least one, each known, none twice. */
export const apiKeyScopesSchema = z
  .array(z.enum(API_KEY_SCOPES, "Choose a known scope"), { error: "Choose at least one scope" })
  .min(1, "Choose at least one scope")
  .max(API_KEY_SCOPES.length, "Choose each scope at most once")
  .refine((scopes) => new Set(scopes).size === scopes.length, "Choose each scope at most once");
