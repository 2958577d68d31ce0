import "server-only";
import { sql } from "drizzle-orm";
import { emptyCounts, type RollupCounts } from "./rollup-delta";

/** The count columns of the feedback rollup tables, as the bulk upserts name them. */
const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export const COUNTED = Object.keys(emptyCounts()) as (keyof RollupCounts)[];
// Sums of scores and sentiment are double precision; every other count is an integer.
export const SUMS = new Set<keyof RollupCounts>(["csatSum", "csatSumSq", "cesSum", "cesSumSq", "ratingSum", "ratingSumSq", "sentimentSum"]);
export const COUNTED_COLUMNS = sql.raw(COUNTED.map(snake).join(", "));
export const increments = (table: string) => sql.raw(COUNTED.map((column) => `${snake(column)} = ${table}.${snake(column)} + excluded.${snake(column)}`).join(", "));
