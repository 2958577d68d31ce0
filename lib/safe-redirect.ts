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
    // The checks above read the raw string; "/.//evil.example" passes them and normalises to
    // "//evil.example", which a browser reads as another site. So the result is checked again.
    const path = parsed.pathname + parsed.search + parsed.hash;
    return path.startsWith("//") || path.startsWith("/\\") ? "/" : path;
  } catch {
    return "/";
  }
}
