import "server-only";
/** What PostgreSQL says about an error it raised, found through drizzle's wrapper. */
export type PostgresError = {
  code: string;
  message: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** The table the failed statement wrote to (`insert into x`, `update x`), from drizzle's wrapper. */
  statementTable?: string;
};

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The PostgreSQL error inside a driver or drizzle error (postgres-js and PGlite alike), if any. */
export function postgresErrorOf(error: unknown): PostgresError | undefined {
  let current: unknown = error;
  let statementTable: string | undefined;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const query = (current as { query?: unknown }).query;
    if (typeof query === "string") statementTable ??= query.match(/^\s*(?:insert\s+into|update)\s+"?(\w+)"?/i)?.[1];
    const candidate = current as { code?: unknown; message?: unknown; constraint?: unknown; constraint_name?: unknown; table?: unknown; table_name?: unknown; column?: unknown; column_name?: unknown };
    if (typeof candidate.code === "string" && SQLSTATE.test(candidate.code)) {
      const text = (...values: unknown[]) => values.find((value): value is string => typeof value === "string" && value !== "");
      return {
        code: candidate.code,
        message: text(candidate.message) ?? "",
        // PGlite names them as the protocol does, postgres-js with a _name suffix.
        constraint: text(candidate.constraint, candidate.constraint_name),
        table: text(candidate.table, candidate.table_name),
        column: text(candidate.column, candidate.column_name),
        statementTable,
      };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The PostgreSQL error code of a driver error, through drizzle's wrapper. */
export function postgresErrorCode(error: unknown): string | undefined {
  return postgresErrorOf(error)?.code;
}
