/** Reading filters from a URL's query; pure, so server components can read the same values. */

/** A URL value that passes `pattern`, else "": a mangled link shows everything rather than an error. */
export function validParam(params: URLSearchParams, name: string, pattern: RegExp): string {
  const value = params.get(name) ?? "";
  return pattern.test(value) ? value : "";
}

/** A URL value that is one of `values`, else "". */
export function listParam<T extends string>(params: URLSearchParams, name: string, values: readonly T[]): T | "" {
  const value = params.get(name) ?? "";
  return (values as readonly string[]).includes(value) ? (value as T) : "";
}

export function pageParam(params: URLSearchParams): number {
  const page = Number(params.get("page") ?? "1");
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export const DATE_PARAM = /^\d{4}-\d{2}-\d{2}$/;
export const UUID_PARAM = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
