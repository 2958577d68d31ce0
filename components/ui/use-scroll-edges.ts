"use client";

import { useEffect, useState, type RefObject } from "react";

export type ScrollEdges = { overflowing: boolean; moreLeft: boolean; moreRight: boolean };

const NONE: ScrollEdges = { overflowing: false, moreLeft: false, moreRight: false };

/**
 * Whether a horizontally scrolling box has more to show on either side, so the page can say so
 * (a cut-off column alone does not tell everyone that the box scrolls). `contentKey` changes when
 * the box's children do.
 */
export function useScrollEdges(ref: RefObject<HTMLElement | null>, contentKey: unknown): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>(NONE);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const { scrollLeft, scrollWidth, clientWidth } = element;
      const next = { overflowing: scrollWidth > clientWidth + 1, moreLeft: scrollLeft > 1, moreRight: scrollLeft + clientWidth < scrollWidth - 1 };
      setEdges((previous) =>
        previous.overflowing === next.overflowing && previous.moreLeft === next.moreLeft && previous.moreRight === next.moreRight ? previous : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    element.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", measure);
    };
  }, [ref, contentKey]);
  return edges;
}
