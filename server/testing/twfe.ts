import { NEVER, type Panel } from "@/server/services/training/impact/panel";

/**
 * The naive two-way fixed-effects estimate the impact design avoids: person-week cell means
 * regressed on person and week fixed effects and a "trained" dummy (week after the completion
 * week), by Frisch-Waugh-Lovell: the dummy and the outcome are demeaned by person and by week in
 * turn until the demeaning converges, then beta = sum(d y) / sum(d d). Cells without responses
 * are left out; each cell weighs one. For tests only.
 */
export function twoWayFixedEffects(panel: Panel): number {
  const { weeks: W } = panel;
  const cells: { person: number; week: number; y: number; d: number }[] = [];
  panel.people.forEach((_, p) => {
    const completion = panel.completedWeek[p] === NEVER ? Infinity : panel.completedWeek[p]! - panel.firstWeek;
    for (let w = 0; w < W; w++) {
      const n = panel.n[p * W + w]!;
      if (n === 0 || w === completion) continue;
      cells.push({ person: p, week: w, y: panel.sum[p * W + w]! / n, d: w > completion ? 1 : 0 });
    }
  });
  const demean = (values: Float64Array) => {
    for (let iteration = 0; iteration < 200; iteration++) {
      let moved = 0;
      for (const key of ["person", "week"] as const) {
        const total = new Map<number, number>();
        const count = new Map<number, number>();
        cells.forEach((cell, i) => {
          total.set(cell[key], (total.get(cell[key]) ?? 0) + values[i]!);
          count.set(cell[key], (count.get(cell[key]) ?? 0) + 1);
        });
        cells.forEach((cell, i) => {
          const mean = total.get(cell[key])! / count.get(cell[key])!;
          values[i]! -= mean;
          moved = Math.max(moved, Math.abs(mean));
        });
      }
      if (moved < 1e-10) break;
    }
    return values;
  };
  const y = demean(Float64Array.from(cells, (c) => c.y));
  const d = demean(Float64Array.from(cells, (c) => c.d));
  let dy = 0;
  let dd = 0;
  for (let i = 0; i < cells.length; i++) {
    dy += d[i]! * y[i]!;
    dd += d[i]! * d[i]!;
  }
  return dy / dd;
}
