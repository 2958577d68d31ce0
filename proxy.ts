import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/server/auth/request-path";

/**
 * Tells server components which page was asked for, so that a signed-out visitor can be sent
 * back to it after signing in. Authorization is not done here: every page and procedure checks.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api/|_next/|icon.svg|favicon.ico).*)"] };
