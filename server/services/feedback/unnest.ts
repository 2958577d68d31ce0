import "server-only";
import { sql, type SQL } from "drizzle-orm";

/*
 * Bulk writes pass one array parameter per column and read them back with `unnest`, so a
 * statement has the same few parameters whatever the number of rows: far under PostgreSQL's
 * 65,535 cap, and one short statement to parse instead of a VALUES list thousands of tuples long.
 * Dates, timestamps, booleans, enums and jsonb travel as text[] and are cast in SQL: postgres-js
 * as set up by drizzle passes date and timestamp arrays through unserialised and types a boolean
 * array as a single boolean, and text casts the same way on PGlite and PostgreSQL.
 */

/** `$n::type[]`: one parameter carrying a whole column. */
export const arrayParam = (values: unknown[], type: string): SQL => sql`${sql.param(values)}::${sql.raw(type)}[]`;

/** A text[] literal for one row's array, sent as one element of a text[] (arrays of arrays must be rectangular). */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
}

/** The rows of a raw statement: postgres-js returns an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
