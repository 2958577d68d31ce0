import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/options";
import { NEXTAUTH_BODY_LIMIT, withBodyLimit } from "@/server/http/body-limit";
import { withRequestLog } from "@/server/log";

export const dynamic = "force-dynamic";

type RouteContext = { params: Promise<{ nextauth: string[] }> };
// next-auth reads the body whole itself; it gets one only after it is read to its limit.
const nextAuth = withBodyLimit(NEXTAUTH_BODY_LIMIT, NextAuth(authOptions) as (request: NextRequest, context: RouteContext) => Promise<Response>);

// Sign-in's lines carry the request id like the API's (server/log.ts).
const handler = (request: NextRequest, context: RouteContext) => withRequestLog(request, () => nextAuth(request, context));
export { handler as GET, handler as POST };
