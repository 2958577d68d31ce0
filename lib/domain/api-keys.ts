/** What an API key may do through /api/v1; a key carries one or more of these. */
export const API_KEY_SCOPES = ["feedback:write", "observations:write", "kpis:read", "training:write"] as const;

export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** One sentence per scope, shown where a director chooses them. */
export const API_KEY_SCOPE_DESCRIPTIONS: Record<ApiKeyScope, string> = {
  "feedback:write": "Send customer feedback, such as survey answers, ratings and comments, to your touch points.",
  "observations:write": "Send observations made at your touch points, such as wait times or mystery-shopper findings.",
  "kpis:read": "Read the KPIs of your touch points with their current values and targets.",
  "training:write": "Send training results from your LMS as xAPI statements (completed, passed, failed).",
};

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value);
}
