/**
 * Where to go after sign-in: only a path on this site. Anything else (another host,
 * protocol-relative `//evil`, backslash tricks, javascript:) falls back to the home page.
 */
export function safeCallbackPath(candidate: string | null | undefined, baseUrl?: string): string {
  if (!candidate) return "/";
  let value = candidate;
  if (baseUrl && value.startsWith(baseUrl)) value = value.slice(baseUrl.length) || "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\\]/.test(value)) return "/";
  try {
    const parsed = new URL(value, "http://touchpoint.invalid");
    if (parsed.host !== "touchpoint.invalid") return "/";
    return parsed.pathname + parsed.search + parsed.hash;
  } catch {
    return "/";
  }
}
