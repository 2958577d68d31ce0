"use client";

import { useEffect, useState } from "react";

/** Whether a box scrolls sideways, and whether there is more to see on its left and its right. */
export type ScrollEdges = { overflows: boolean; moreLeft: boolean; moreRight: boolean };

const NONE: ScrollEdges = { overflows: false, moreLeft: false, moreRight: false };
// Sub-pixel widths at some zoom levels leave a scroll range of a fraction of a pixel.
const SLACK = 1;

/**
 * Watches a horizontally scrolling box (pass the returned callback as its ref), so a wide table
 * can show that it scrolls: a shade on the side with more to see and a caption while it overflows.
 */
export function useScrollEdges<T extends HTMLElement>() {
  const [node, setNode] = useState<T | null>(null);
  const [edges, setEdges] = useState<ScrollEdges>(NONE);
  useEffect(() => {
    if (!node) return;
    const measure = () => {
      const max = node.scrollWidth - node.clientWidth;
      const next = { overflows: max > SLACK, moreLeft: node.scrollLeft > SLACK, moreRight: node.scrollLeft < max - SLACK };
      setEdges((prev) => (prev.overflows === next.overflows && prev.moreLeft === next.moreLeft && prev.moreRight === next.moreRight ? prev : next));
    };
    measure();
    node.addEventListener("scroll", measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    if (node.firstElementChild) observer.observe(node.firstElementChild);
    return () => {
      node.removeEventListener("scroll", measure);
      observer.disconnect();
    };
  }, [node]);
  return [setNode, edges] as const;
}
