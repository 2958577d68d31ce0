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

export type ItemIssue = { index: number; path: string; reason: string; code: "invalid" | "not_found" | "conflict" };

/** zod issues of one item as "field.path: reason" entries. */
export function issuesOf(index: number, error: { issues: { path: PropertyKey[]; message: string }[] }): ItemIssue[] {
  return error.issues.map((issue) => ({ index, path: issue.path.map(String).join(".") || "(item)", reason: issue.message, code: "invalid" }));
}
