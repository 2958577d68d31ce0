"use client";

import * as React from "react";
import { cn } from "@/lib/utils";

/** Whether the element's content is wider than the element, kept up to date as either resizes. */
function useOverflowsSideways(ref: React.RefObject<HTMLElement | null>) {
  const [overflows, setOverflows] = React.useState(false);
  React.useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

/**
 * A box that scrolls sideways when its content is too wide. Only then does it become a named,
 * focusable region, so a keyboard user can scroll it with the arrow keys (WCAG 2.1.1; axe's
 * scrollable-region-focusable) without an extra tab stop when nothing scrolls.
 */
function ScrollRegion({ label, className, children, ref: outerRef, ...props }: React.ComponentProps<"div"> & { label: string }) {
  const ref = React.useRef<HTMLDivElement>(null);
  const overflows = useOverflowsSideways(ref);
  // The caller may watch the box too (a scroll cue), so its ref gets the same element.
  const setRef = React.useCallback(
    (node: HTMLDivElement | null) => {
      ref.current = node;
      if (typeof outerRef === "function") outerRef(node);
      else if (outerRef) outerRef.current = node;
    },
    [outerRef],
  );
  return (
    <div
      ref={setRef}
      className={cn("overflow-x-auto", className)}
      {...(overflows ? { tabIndex: 0, role: "region", "aria-label": label } : {})}
      {...props}
    >
      {children}
    </div>
  );
}

export { ScrollRegion };
