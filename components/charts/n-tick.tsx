import { formatBucket, formatCount, type BucketGrain } from "@/lib/charts/format";

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: string } };

/**
 * An x-axis tick of a trend: the bucket ("2 Nov", "Nov 2026", "Q4 2026"), and under it the
 * number of answers behind that point, so every point on the chart shows its n without a hover.
 */
export function nTick(nOf: (day: string) => number, color: string, dimmed: (day: string) => boolean = () => false, grain: BucketGrain = "week") {
  function NTick({ x = 0, y = 0, payload }: TickProps) {
    const day = payload?.value ?? "";
    return (
      <text x={x} y={y} textAnchor="middle" fontSize={12} fill={color}>
        <tspan x={x} dy="1em">
          {formatBucket(day, grain)}
        </tspan>
        <tspan x={x} dy="1.25em" fontSize={11} opacity={dimmed(day) ? 0.6 : 1}>
          n = {formatCount(nOf(day))}
        </tspan>
      </text>
    );
  }
  return NTick;
}

/**
 * The x-axis props of a chart whose ticks carry their n: every tick while they fit, thinned out
 * by Recharts when they would overlap (a half-width chart of a quarter). Recharts measures the
 * formatted label, so it is given the wider of the tick's two lines.
 */
export function nAxisProps(nOf: (day: string) => number, color: string, dimmed?: (day: string) => boolean, grain: BucketGrain = "week") {
  return {
    height: 40,
    interval: "preserveStartEnd" as const,
    minTickGap: 12,
    tickFormatter: (day: string) => {
      const date = formatBucket(day, grain);
      const n = `n = ${formatCount(nOf(day))}`;
      return n.length > date.length ? n : date;
    },
    tick: nTick(nOf, color, dimmed, grain),
    stroke: color,
  };
}
