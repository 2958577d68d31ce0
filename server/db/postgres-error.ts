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

/**
 * An error as it may be logged. drizzle's "Failed query" error carries the statement's bound
 * parameters (responses' comments, customer references, emails) in its message; only the SQL
 * text and what PostgreSQL said are kept. A data exception's message (class 22) can quote the
 * value it refused, so for those only the code and where are kept.
 */
export function loggableError(error: unknown): unknown {
  const postgres = postgresErrorOf(error);
  if (!postgres) return error;
  const query = error && typeof error === "object" && typeof (error as { query?: unknown }).query === "string" ? (error as { query: string }).query : undefined;
  return {
    name: error instanceof Error ? error.name : "Error",
    ...(query ? { query: query.replace(/\s+/g, " ").trim().slice(0, 500) } : {}),
    code: postgres.code,
    ...(postgres.code.startsWith("22") ? {} : { message: postgres.message }),
    constraint: postgres.constraint,
    table: postgres.table,
    column: postgres.column,
  };
}
