import { BUCKET_NOUN, formatBucket, formatCount, type BucketGrain } from "@/lib/charts/format";

type TrendBarsProps = { trend: { start: string; mentions: number }[]; grain: BucketGrain; label: string };

/**
 * Mentions per day, week, month or quarter as a row of small bars, scaled to the busiest. Read
 * out as one sentence, since a screen reader cannot see a bar's height.
 */
export function TrendBars({ trend: weekly, grain, label }: TrendBarsProps) {
  const most = Math.max(1, ...weekly.map((w) => w.mentions));
  const width = 6;
  const gap = 2;
  const height = 28;
  const spoken = weekly.map((w) => `${formatBucket(w.start, grain, true)}: ${formatCount(w.mentions)}`).join(", ");
  return (
    <svg
      role="img"
      aria-label={`${label}, mentions per ${BUCKET_NOUN[grain]}: ${spoken}`}
      width={weekly.length * (width + gap) - gap}
      height={height}
      className="block overflow-visible"
    >
      {weekly.map((w, i) => {
        const h = w.mentions === 0 ? 1 : Math.max(2, Math.round((w.mentions / most) * height));
        return (
          <rect
            key={w.start}
            x={i * (width + gap)}
            y={height - h}
            width={width}
            height={h}
            rx={1}
            className={w.mentions === 0 ? "fill-border" : "fill-primary"}
          >
            <title>{`${formatBucket(w.start, grain, true)}: ${formatCount(w.mentions)}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
