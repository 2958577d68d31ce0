import { formatCount, formatDay } from "@/lib/charts/format";

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: string } };

/**
 * An x-axis tick of a weekly (or daily) chart: the day, and under it the number of answers
 * behind that point, so every point on the chart shows its n without a hover.
 */
export function nTick(nOf: (day: string) => number, color: string, dimmed: (day: string) => boolean = () => false) {
  function NTick({ x = 0, y = 0, payload }: TickProps) {
    const day = payload?.value ?? "";
    return (
      <text x={x} y={y} textAnchor="middle" fontSize={12} fill={color}>
        <tspan x={x} dy="1em">
          {formatDay(day)}
        </tspan>
        <tspan x={x} dy="1.25em" fontSize={11} opacity={dimmed(day) ? 0.6 : 1}>
          n = {formatCount(nOf(day))}
        </tspan>
      </text>
    );
  }
  return NTick;
}

/** Every tick while they fit (a weekly chart of a quarter); beyond that Recharts thins them out. */
export const nTickInterval = (points: number) => (points <= 16 ? 0 : ("preserveStartEnd" as const));
