import "server-only";
import { parseCookie } from "cookie";
import { decode } from "next-auth/jwt";
import { z } from "zod";
import type { SessionClaims } from "@/server/services/auth/session-user";

export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

const claimsShape = z.object({ uid: z.uuid(), orgId: z.uuid(), sv: z.number().int() });

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set (npm run demo and the e2e server set one)");
  return secret;
}

/**
 * The session token from a Cookie header, joining next-auth's chunks (`name.0`, `name.1`...).
 * Any site on the same host can plant a cookie, so a malformed one (`x=%`) must not break the
 * parse: the `cookie` library keeps a value it cannot decode as it is.
 */
export function sessionTokenFromCookieHeader(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  const cookies = parseCookie(cookieHeader);
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = cookies[name];
    if (whole) return whole;
    const chunks: string[] = [];
    for (let i = 0; cookies[`${name}.${i}`] !== undefined; i++) chunks.push(cookies[`${name}.${i}`]!);
    if (chunks.length) return chunks.join("");
  }
  return null;
}

/** Decodes and checks the encrypted session token; identity only, nothing the client chose. */
export async function claimsFromToken(token: string | null): Promise<SessionClaims | null> {
  if (!token) return null;
  try {
    const decoded = await decode({ token, secret: authSecret() });
    const parsed = claimsShape.safeParse(decoded);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
