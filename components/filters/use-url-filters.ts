"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";

/**
 * Filters kept in the URL, so a view can be shared and the back button undoes a filter: every
 * change is a history entry. Changing a filter returns to the first page.
 */
export function useUrlFilters<Name extends string>() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const params = () => new URLSearchParams(searchParams.toString());

  const hrefWith = (changes: Partial<Record<Name | "page", string>>) => {
    const next = params();
    for (const [name, value] of Object.entries(changes) as [string, string | undefined][]) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    const query = next.toString();
    return query ? `${pathname}?${query}` : pathname;
  };

  return {
    params: params(),
    hrefWith,
    clearHref: pathname,
    setFilter: (name: Name, value: string) => router.push(hrefWith({ [name]: value, page: "" } as Partial<Record<Name | "page", string>>), { scroll: false }),
    /** Several filters in one history entry (a period's preset and its days change together). */
    setFilters: (changes: Partial<Record<Name, string>>) =>
      router.push(hrefWith({ ...changes, page: "" } as Partial<Record<Name | "page", string>>), { scroll: false }),
  };
}

/** A URL value that passes `pattern`, else "": a mangled link shows everything rather than an error. */
export function validParam(params: URLSearchParams, name: string, pattern: RegExp): string {
  const value = params.get(name) ?? "";
  return pattern.test(value) ? value : "";
}

export function pageParam(params: URLSearchParams): number {
  const page = Number(params.get("page") ?? "1");
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export const DATE_PARAM = /^\d{4}-\d{2}-\d{2}$/;
export const UUID_PARAM = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
