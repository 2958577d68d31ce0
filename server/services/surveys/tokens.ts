import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";

/** 32 random bytes, base64url: 43 characters, never guessed. */
export function newSurveyToken(): string {
  return randomBytes(32).toString("base64url");
}

const linkShape = z.object({ orgId: z.uuid(), token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

/** The link's parts when they have the shape of a real link; anything else is simply not a link. */
export function parseSurveyLink(input: { orgId: string; token: string }): { orgId: string; token: string } | null {
  const parsed = linkShape.safeParse(input);
  return parsed.success ? parsed.data : null;
}

export const surveyPath = (orgId: string, token: string) => `/s/${orgId}/${token}`;
