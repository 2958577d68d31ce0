import type { ReactNode } from "react";

/** The legend under a trend chart: one line of keys that wraps on narrow screens. */
export function ChartLegend({ children }: { children: ReactNode }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-label="Legend">
      {children}
    </ul>
  );
}

/**
 * One key: a swatch drawn like its series (line, dashes or band) and its name. `swatch` is a class
 * list for a plain swatch, or an element (an SVG line in the series' own colour and dashes).
 */
export function LegendKey({ swatch, children }: { swatch: string | ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center gap-1.5">
      {typeof swatch === "string" ? <span aria-hidden="true" className={swatch} /> : swatch}
      {children}
    </li>
  );
}
