"use client";

export { DATE_PARAM, listParam, pageParam, UUID_PARAM, validParam } from "./url-params";

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

