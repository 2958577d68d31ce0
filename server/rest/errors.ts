import "server-only";

/** The REST API's one error shape: `{ error: { code, message, details? } }`. */
export type RestErrorCode =
  | "unauthorized"
  | "forbidden"
  | "invalid_json"
  | "validation_failed"
  | "payload_too_large"
  | "rate_limited"
  | "not_found"
  | "conflict"
  | "internal";

export function restError(status: number, code: RestErrorCode, message: string, extra: { details?: unknown; headers?: Record<string, string> } = {}) {
  return Response.json({ error: { code, message, ...(extra.details === undefined ? {} : { details: extra.details }) } }, { status, headers: extra.headers });
}
