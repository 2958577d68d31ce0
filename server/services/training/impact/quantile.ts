import "server-only";

/**
 * The p-quantile of finite values by linear interpolation between order statistics (Hyndman and
 * Fan's type 7, R's default): h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
 * Null when there is no finite value.
 */
export function quantile(values: ArrayLike<number>, p: number): number | null {
  const finite = Array.from(values).filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  finite.sort((a, b) => a - b);
  const h = (finite.length - 1) * p;
  const below = Math.floor(h);
  const above = Math.min(below + 1, finite.length - 1);
  return finite[below]! + (h - below) * (finite[above]! - finite[below]!);
}

/** The 95% percentile interval of bootstrap replicates. */
export function percentileInterval(values: ArrayLike<number>): { low: number | null; high: number | null } {
  return { low: quantile(values, 0.025), high: quantile(values, 0.975) };
}
