import { formatCount, formatDay } from "@/lib/charts/format";

type WeeklyBarsProps = { weekly: { week: string; mentions: number }[]; label: string };

/**
 * Mentions per ISO week as a row of small bars, scaled to the busiest week. Read out as one
 * sentence, since a screen reader cannot see a bar's height.
 */
export function WeeklyBars({ weekly, label }: WeeklyBarsProps) {
  const most = Math.max(1, ...weekly.map((w) => w.mentions));
  const width = 6;
  const gap = 2;
  const height = 28;
  const spoken = weekly.map((w) => `week of ${formatDay(w.week)}: ${formatCount(w.mentions)}`).join(", ");
  return (
    <svg
      role="img"
      aria-label={`${label}, mentions per week: ${spoken}`}
      width={weekly.length * (width + gap) - gap}
      height={height}
      className="block overflow-visible"
    >
      {weekly.map((w, i) => {
        const h = w.mentions === 0 ? 1 : Math.max(2, Math.round((w.mentions / most) * height));
        return (
          <rect
            key={w.week}
            x={i * (width + gap)}
            y={height - h}
            width={width}
            height={h}
            rx={1}
            className={w.mentions === 0 ? "fill-border" : "fill-primary"}
          >
            <title>{`Week of ${formatDay(w.week)}: ${formatCount(w.mentions)}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
