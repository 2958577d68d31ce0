type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/** The first address of X-Forwarded-For (set by the load balancer), else X-Real-IP. */
export function clientIpFromHeaders(headers: HeaderBag): string | null {
  const read = (name: string): string | null => {
    if (headers instanceof Headers) return headers.get(name);
    const value = headers[name];
    return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read("x-real-ip") || null;
}
