import "server-only";
import { CLIENT_ADDRESS_HEADER } from "@/server/http/client-address.mjs";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/**
 * The client's address as the HTTP server (scripts/server.mjs) decided it from the connection
 * and the trusted proxies (TRUSTED_PROXIES), never X-Forwarded-For as the client wrote it: that
 * let one client rotate addresses past every per-address limit. Null when the app runs without
 * that server (the tests calling handlers directly).
 */
export function clientIpFromHeaders(headers: HeaderBag): string | null {
  if (headers instanceof Headers) return headers.get(CLIENT_ADDRESS_HEADER);
  const value = headers[CLIENT_ADDRESS_HEADER];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
