import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino, { type DestinationStream } from "pino";

/**
 * The server's log: one JSON line per event (pino), on stderr. Every line written while a request
 * is handled carries that request's `requestId` and, once known, its `orgId`, `userId` or
 * `apiKeyId` (an AsyncLocalStorage read by pino's mixin, so services log without passing them).
 * What must never reach a line (docs/security.md, "Logging"): passwords, tokens, API keys,
 * cookies, comments, customer references and a query's bound parameters. Known fields are
 * redacted by path; errors keep only their type, message, code and stack (serializeError).
 */

export type RequestLogContext = { requestId: string; orgId?: string; userId?: string; apiKeyId?: string };

const requests = new AsyncLocalStorage<RequestLogContext>();

type Destination = { write(line: string): void };
// Tests read the log through setLogDestination; elsewhere it goes to stderr, written at once.
let destination: Destination = process.env.VITEST ? { write: () => {} } : pino.destination({ dest: 2, sync: true });
const forwarding: DestinationStream = { write: (line) => destination.write(line) };

const SECRET_FIELDS = [
  "password",
  "currentPassword",
  "newPassword",
  "passwordHash",
  "token",
  "key",
  "apiKey",
  "secret",
  "authorization",
  "cookie",
  "comment",
  "customerRef",
  "params",
  "parameters",
];
const REDACTED_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  'headers["x-api-key"]',
  'headers["set-cookie"]',
];

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? "info",
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // A copy: pino writes into the object it is given.
    mixin: () => ({ ...requests.getStore() }),
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    serializers: { err: serializeError, error: serializeError },
    hooks: {
      // Without a message of its own, pino would use the error's raw message as the line's `msg`.
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (first instanceof Error) return method.apply(this, [{ err: first }, rest.length ? rest.join(" ") : errorMessage(first)]);
        if (rest.length === 0 && first && typeof first === "object" && "err" in first) return method.apply(this, [first, errorMessage(first.err)]);
        return method.apply(this, args);
      },
    },
  },
  forwarding,
);

/** Lets a test read what would be logged; returns the destination it replaces. */
export function setLogDestination(next: Destination): Destination {
  const previous = destination;
  destination = next;
  return previous;
}

export type SecurityEvent = {
  event: "sign_in_failed" | "sign_in_locked" | "sign_up_refused" | "invitation_refused" | "call_refused" | "request_refused";
  userId?: string | null;
  orgId?: string | null;
  email?: string | null;
  ip?: string | null;
  what?: string;
  reason?: string;
};

/** Failed sign-ins and refused calls, with who, what and organisation. Never a password, token or hash. */
export function logSecurityEvent(event: SecurityEvent): void {
  logger.warn(event);
}

// ---------------------------------------------------------------------------------------------
// Requests

/** An id a proxy or client sent is kept when it looks like one; otherwise the request gets its own. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Handles one request with its log context: every line logged meanwhile carries its id, one
 * `request` line says how it ended, and the response names the id in `x-request-id`.
 */
export async function withRequestLog(request: Request, handle: () => Promise<Response>): Promise<Response> {
  const context: RequestLogContext = { requestId: requestIdOf(request.headers) };
  return requests.run(context, async () => {
    const started = performance.now();
    // The path only: a GET's query string carries tRPC input, which may be anything a person typed.
    const where = { method: request.method, path: new URL(request.url).pathname };
    let response: Response;
    try {
      response = await handle();
    } catch (error) {
      logger.error({ ...where, err: error, ms: Math.round(performance.now() - started) }, "request failed");
      throw error;
    }
    logger.info({ ...where, status: response.status, ms: Math.round(performance.now() - started) }, "request");
    return withHeader(response, "x-request-id", context.requestId);
  });
}

/** Adds who is calling to the current request's lines once it is known (no-op outside a request). */
export function bindRequestLog(fields: Omit<RequestLogContext, "requestId">): void {
  const context = requests.getStore();
  if (context) Object.assign(context, fields);
}

function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    // Some responses (Response.redirect, a fetched one) have immutable headers: copy them.
    const headers = new Headers(response.headers);
    headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

// ---------------------------------------------------------------------------------------------
// Errors

export type LoggedError = {
  type: string;
  message?: string;
  code?: string | number;
  stack?: string;
  table?: string;
  column?: string;
  constraint?: string;
  cause?: LoggedError;
};

const MAX_MESSAGE = 2000;
const MAX_CAUSES = 4;

const text = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);

/** A quoted value in a database message (`invalid input syntax for type uuid: "…"`, `value "…" is out of range`). */
function maskQuotedValues(message: string): string {
  return message.replace(/(:\s*)"(?:[^"]|"")*"/g, '$1"[redacted]"').replace(/\bvalue "(?:[^"]|"")*"/gi, 'value "[redacted]"');
}

/** SQL text on one line, with its string literals masked: a statement built with sql.raw could hold a value. */
function maskLiterals(query: string): string {
  return query.replace(/'(?:[^']|'')*'/g, "'?'").replace(/\s+/g, " ").trim();
}

function messageOf(error: Error & Record<string, unknown>): string {
  // Drizzle's "Failed query: <sql>\nparams: <every bound value>": keep the statement only.
  const query = text(error.query);
  const message =
    query && error.message.startsWith("Failed query:") ? `Failed query: ${maskLiterals(query)}` : maskQuotedValues(error.message.split("\nparams:")[0]!);
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

const errorMessage = (error: unknown) => serializeError(error).message ?? "error";

/**
 * An error as it may be logged: type, message, code, stack and cause, and a database error's
 * table, column and constraint names. Everything else it carries (`query`, `params`,
 * `parameters`, `detail` with the failing row, `where`) stays out, and values quoted in the
 * message are masked. The stack's first line repeats the message, so it is rebuilt from the
 * masked one (shortened: the message is beside it).
 */
export function serializeError(value: unknown, depth = 0): LoggedError {
  if (!(value instanceof Error)) return { type: value === null ? "null" : typeof value };
  const error = value as Error & Record<string, unknown>;
  // Drizzle's query error is named plain "Error", PGlite's "error" (of a minified class).
  const generic = !error.name || error.name.toLowerCase() === "error";
  const className = error.constructor?.name ?? "";
  const type = !generic ? error.name : typeof error.severity === "string" ? "DatabaseError" : className.length > 2 ? className : "Error";
  const message = messageOf(error);
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  const code = typeof error.code === "string" || typeof error.code === "number" ? error.code : undefined;
  const logged: LoggedError = { type, message, ...(code !== undefined ? { code } : {}), stack: [`${type}: ${message.slice(0, 200)}`, ...frames].join("\n") };
  // postgres-js names them table_name, …; PGlite table, ….
  const table = text(error.table_name) ?? text(error.table);
  const column = text(error.column_name) ?? text(error.column);
  const constraint = text(error.constraint_name) ?? text(error.constraint);
  if (table) logged.table = table;
  if (column) logged.column = column;
  if (constraint) logged.constraint = constraint;
  if (error.cause !== undefined && depth < MAX_CAUSES) logged.cause = serializeError(error.cause, depth + 1);
  return logged;
}
