import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/server/auth/request-path";
import { contentSecurityPolicy, newNonce } from "@/server/http/content-security-policy";

/**
 * On every page request: tells server components which page was asked for (so that a signed-out
 * visitor can be sent back to it after signing in), and sets the page's Content-Security-Policy
 * with a fresh nonce, on the request (Next reads the nonce from it while rendering and puts it on
 * its scripts) and on the response. Authorization is not done here: every page and procedure checks.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// next.config.mjs gives the paths left out here (the API, Next's files, the icons) a script-free policy.
export const config = { matcher: ["/((?!api/|_next/|icon.svg|favicon.ico).*)"] };
