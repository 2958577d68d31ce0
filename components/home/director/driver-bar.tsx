import type { Interval } from "@/server/services/metrics/intervals";

/** A difference as a bar from zero with its interval as a whisker, on a shared scale of ±scale. */
export function DriverBar({ difference, interval, scale }: { difference: number; interval: Interval | null; scale: number }) {
  const at = (value: number) => `${50 + (Math.max(-scale, Math.min(scale, value)) / scale) * 50}%`;
  const left = difference >= 0 ? at(0) : at(difference);
  const width = `${(Math.abs(difference) / scale) * 50}%`;
  return (
    <div aria-hidden="true" className="relative h-4 w-full">
      <div className="absolute inset-y-0 left-1/2 w-px bg-border" />
      <div className="absolute top-1 h-2 rounded-sm bg-primary/70" style={{ left, width }} />
      {interval && <div className="absolute top-2 h-px bg-foreground" style={{ left: at(interval.low), width: `calc(${at(interval.high)} - ${at(interval.low)})` }} />}
    </div>
  );
}
