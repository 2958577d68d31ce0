import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * An invitation link carries the organisation id and a random secret, so the invitation can be
 * found within its tenant (keys led by org_id) while only the secret's hash is stored.
 */
export function newInvitationToken(orgId: string): { token: string; tokenHash: string } {
  const secret = randomBytes(24).toString("base64url");
  return { token: `${orgId}.${secret}`, tokenHash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

const tokenShape = z.tuple([z.uuid(), z.string().regex(/^[A-Za-z0-9_-]{20,64}$/)]);

export function parseInvitationToken(token: string): { orgId: string; tokenHash: string } | null {
  const parsed = tokenShape.safeParse(token.split("."));
  if (!parsed.success) return null;
  const [orgId, secret] = parsed.data;
  return { orgId, tokenHash: hashSecret(secret) };
}
