import "server-only";

/**
 * Whether a request that changes something comes from a page this app served. A browser names
 * the page's origin in `Origin` and the address it asked for in `Host`; a cross-site page can set
 * neither, so a mutation whose Origin names the Host it was sent to is the app's own page, however
 * the app was reached (localhost, 127.0.0.1, a LAN address). Behind a proxy that rewrites Host,
 * the public addresses are named in APP_ORIGINS (comma separated) or NEXTAUTH_URL.
 */
export function isSameOriginRequest(headers: Headers, configured: readonly string[] = configuredOrigins()): boolean {
  const origin = headers.get("origin");
  // Browsers send Origin on every cross-site POST; a request without one is not from a page elsewhere.
  if (!origin) return true;
  const page = parseOrigin(origin);
  if (!page) return false;
  const host = headers.get("host");
  if (host && page.host === host.toLowerCase()) return true;
  return configured.some((allowed) => parseOrigin(allowed)?.origin === page.origin);
}

/** NEXTAUTH_URL and APP_ORIGINS, as written in the environment. */
export function configuredOrigins(env: Record<string, string | undefined> = process.env): string[] {
  return [env.NEXTAUTH_URL, ...(env.APP_ORIGINS ?? "").split(",")].map((value) => value?.trim() ?? "").filter(Boolean);
}

function parseOrigin(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** Said to a person whose save was refused: what happened and what to do, never "check your connection". */
export const CROSS_SITE_MESSAGE =
  "This change was refused because it came from a page at another address than this server's. Open Touchpoint at its own address and try again; an administrator can allow another address with APP_ORIGINS.";
