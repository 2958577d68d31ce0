import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";
import { NEXTAUTH_BODY_LIMIT, withBodyLimit } from "@/server/http/body-limit";

export const dynamic = "force-dynamic";

// next-auth reads the body whole itself; it gets one only after it is read to its limit.
const handler = withBodyLimit(NEXTAUTH_BODY_LIMIT, NextAuth(authOptions));
export { handler as GET, handler as POST };
