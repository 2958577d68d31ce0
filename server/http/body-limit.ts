import "server-only";
import { NextRequest } from "next/server";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { logSecurityEvent } from "@/server/log";

/*
 * Every route that takes a body reads it through here, with a limit of its own
 * (docs/security.md, "Requests"): tRPC 2 MiB (import chunks 8 MiB), next-auth 16 KiB, the REST
 * API 64 KiB for one item and 16 MiB for a batch.
 */

export const KIB = 1024;
export const MIB = 1024 * KIB;

/**
 * A request's body, read to at most `limit` bytes; null when it is larger. A Content-Length above
 * the limit is refused before a byte is read. A body without one (chunked) is read as a stream and
 * left as soon as it passes the limit: `request.text()` would read and hold all of it first,
 * however large. The rest is not cancelled: under Next that destroys the connection before the
 * 413 can be written; the 413 says `Connection: close` (TOO_LARGE_HEADERS) instead, so the server
 * closes the connection once it is sent and reads no more of the body.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.releaseLock();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The init of a request like `request` with `body` already read: for a handler that reads the body itself (tRPC, next-auth). */
export function requestInitWithBody(request: Request, body: Uint8Array): RequestInit & { signal: AbortSignal } {
  const headers = new Headers(request.headers);
  headers.delete("transfer-encoding");
  headers.set("content-length", String(body.byteLength));
  return { method: request.method, headers, body: body.byteLength ? (body as Uint8Array<ArrayBuffer>) : null, signal: request.signal };
}

/** Headers of a 413: the body was left unread, so the connection must not carry another request. */
export const TOO_LARGE_HEADERS = { Connection: "close" } as const;

/** "2 MiB", "16 KiB": a limit as a person reads it. */
export function sizeInWords(bytes: number): string {
  return bytes >= MIB ? `${bytes / MIB} MiB` : `${Math.round(bytes / KIB)} KiB`;
}

/** next-auth's posts: an email, a password, a CSRF token and a callback path; never near this. */
export const NEXTAUTH_BODY_LIMIT = 16 * KIB;

/**
 * A route handler that takes a body of at most `limit` bytes, for handlers that read the body
 * themselves (next-auth): a larger one is answered 413 in the tRPC refusals' JSON shape before the
 * handler runs; a smaller one reaches it, already read, as a request like the one sent.
 */
export function withBodyLimit<Context>(limit: number, handler: (request: NextRequest, context: Context) => Promise<Response>) {
  return async (request: NextRequest, context: Context): Promise<Response> => {
    if (request.method !== "POST") return handler(request, context);
    const body = await readLimitedBody(request, limit);
    if (!body) {
      logSecurityEvent({ event: "request_refused", what: new URL(request.url).pathname, reason: `body over ${limit} bytes`, ip: clientIpFromHeaders(request.headers) });
      return Response.json(
        { error: { code: "PAYLOAD_TOO_LARGE", message: `This request is larger than the ${sizeInWords(limit)} the server takes here.` } },
        { status: 413, headers: TOO_LARGE_HEADERS },
      );
    }
    return handler(new NextRequest(request.url, requestInitWithBody(request, body)), context);
  };
}
