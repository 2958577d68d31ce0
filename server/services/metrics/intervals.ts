import "server-only";
import { errorFunction } from "simple-statistics";

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

export type Interval = { low: number; high: number };

/**
 * Wilson score interval for a proportion, in percent. Unlike the textbook p ± z·se it stays
 * inside 0..100 and is honest for small samples and for shares near 0 or 100%.
 */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half) * 100, high: Math.min(1, centre + half) * 100 };
}

/**
 * Standard error of NPS (in NPS points) from the trinomial: each answer is +1 (promoter), 0 or
 * -1 (detractor), so var = p + d - (p - d)², as DESIGN.md fixes it.
 */
export function npsStandardError(promoters: number, detractors: number, n: number): number | null {
  if (n <= 0) return null;
  const p = promoters / n;
  const d = detractors / n;
  return Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n) * 100;
}

export function npsInterval(promoters: number, detractors: number, n: number, z = Z95): Interval | null {
  const se = npsStandardError(promoters, detractors, n);
  if (se === null) return null;
  const score = ((promoters - detractors) / n) * 100;
  return { low: Math.max(-100, score - z * se), high: Math.min(100, score + z * se) };
}

/** Sample variance from a rollup's n, sum and sum of squares (0 below two answers). */
export function varianceFromSums(n: number, sum: number, sumSq: number): number {
  if (n < 2) return 0;
  return Math.max(0, (sumSq - (sum * sum) / n) / (n - 1));
}

/** Normal-approximation interval for a mean (dashboards only claim it where n meets the KPI's minimum). */
export function meanInterval(n: number, sum: number, sumSq: number, z = Z95): Interval | null {
  if (n <= 0) return null;
  const mean = sum / n;
  const half = z * Math.sqrt(varianceFromSums(n, sum, sumSq) / n);
  return { low: mean - half, high: mean + half };
}

/** Two-sided p-value of a standard normal statistic. */
export function twoSidedP(z: number): number {
  if (!Number.isFinite(z)) return Number.isNaN(z) ? 1 : 0;
  return Math.max(0, Math.min(1, 1 - errorFunction(Math.abs(z) / Math.SQRT2)));
}
