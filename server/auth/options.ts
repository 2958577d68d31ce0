import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { tenantDb } from "@/server/db/tenant-db";
import { bindRequestLog, logger } from "@/server/log";
import { bumpSessionVersion } from "@/server/services/auth/session-user";
import { signInWithPassword } from "@/server/services/auth/sign-in";
import { clientIpFromHeaders } from "./client-ip";
import { safeCallbackPath } from "@/lib/safe-redirect";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** next-auth issues and clears the cookie; every request re-checks it in server/auth/session.ts. */
export const authOptions: AuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const email = String(credentials?.email ?? "").slice(0, 320);
        const password = String(credentials?.password ?? "").slice(0, 1024);
        if (!email || !password) return null;
        const result = await signInWithPassword(getDb(), {
          email,
          password,
          ip: clientIpFromHeaders(req?.headers ?? {}),
        });
        if (result.ok) {
          bindRequestLog({ orgId: result.claims.orgId, userId: result.claims.uid });
          return { id: result.claims.uid, orgId: result.claims.orgId, sv: result.claims.sv };
        }
        // next-auth passes a thrown message to the sign-in page as `?error=`.
        if (result.reason === "locked") throw new Error("locked");
        return null;
      },
    }),
  ],
  callbacks: {
    /** Identity is set at sign-in only; an update from the client never changes it. */
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.orgId = user.orgId;
        token.sv = user.sv;
      }
      return { uid: token.uid, orgId: token.orgId, sv: token.sv, sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    async session({ session, token }) {
      return { expires: session.expires, user: { id: token.uid } };
    },
    async redirect({ url, baseUrl }) {
      return baseUrl + safeCallbackPath(url, baseUrl);
    },
  },
  // next-auth's own errors and warnings go to our log as a code and the error, never its other metadata.
  logger: {
    error(code, metadata) {
      logger.error({ nextAuthCode: code, err: metadata instanceof Error ? metadata : metadata.error }, "next-auth error");
    },
    warn(code) {
      logger.warn({ nextAuthCode: code }, "next-auth warning");
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.uid && token.orgId) await bumpSessionVersion(tenantDb(getDb(), token.orgId), token.uid);
    },
  },
};
