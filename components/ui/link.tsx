"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from "react";

type LinkProps = ComponentProps<typeof NextLink>;

/**
 * `next/link` that prefetches a page when a person reaches for the link (hover, focus, touch),
 * not when it scrolls into view. Every page here is dynamic and signed in, so a viewport
 * prefetch renders the page's layout on the server: a home with 14 touch-point links and the
 * navigation fired some 20 such renders that queued behind the dashboard's own queries on the
 * one embedded database connection and made the first view slower, for pages seldom opened.
 */
export function Link({ href, prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const router = useRouter();
  const target = typeof href === "string" ? href : null;
  const prefetchOnIntent = prefetch !== false && target !== null && target.startsWith("/");
  const warm = () => {
    if (prefetchOnIntent) router.prefetch(target);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        warm();
        onMouseEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        warm();
        onFocus?.(event);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        warm();
        onTouchStart?.(event);
      }}
      {...props}
    />
  );
}
