import { DrizzleQueryError } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { captureLogs } from "@/server/testing/log-capture";
import { logger, serializeError, withRequestLog } from "./log";

const log = captureLogs();
afterAll(() => log.stop());

/** A PostgreSQL error as postgres-js throws it: the statement, its parameters and the failing row come along. */
function postgresError() {
  const error = new Error('invalid input syntax for type uuid: "SECRET-IN-MESSAGE"') as Error & Record<string, unknown>;
  error.name = "PostgresError";
  Object.assign(error, {
    severity: "ERROR",
    code: "22P02",
    detail: "Failing row contains (SECRET-IN-DETAIL).",
    where: "SQL function SECRET-IN-WHERE",
    query: "insert into feedback (comment) values ($1)",
    parameters: ["SECRET-PARAMETER"],
    table_name: "feedback",
    constraint_name: "feedback_rating_check",
  });
  return error;
}

describe("serializeError", () => {
  it("keeps type, message, code, stack and cause, and none of a query's values", () => {
    const error = new DrizzleQueryError("insert into feedback (comment, customer_ref) values ($1, 'SECRET-LITERAL')", ["SECRET-PARAM-1", "SECRET-PARAM-2"], postgresError());
    const logged = serializeError(error);
    expect(logged).toMatchObject({
      type: "DrizzleQueryError",
      message: "Failed query: insert into feedback (comment, customer_ref) values ($1, '?')",
      cause: { type: "PostgresError", code: "22P02", message: 'invalid input syntax for type uuid: "[redacted]"', table: "feedback", constraint: "feedback_rating_check" },
    });
    expect(logged.stack).toMatch(/^DrizzleQueryError: Failed query: insert into feedback[^\n]*\n\s+at /);
    expect(JSON.stringify(logged)).not.toContain("SECRET");
  });

  it("masks a value quoted in a database message, keeps the names of tables and constraints", () => {
    const error = new Error('value "99999999999" is out of range for type integer');
    expect(serializeError(error).message).toBe('value "[redacted]" is out of range for type integer');
    expect(serializeError(new Error('new row for relation "feedback" violates check constraint "x"')).message).toBe('new row for relation "feedback" violates check constraint "x"');
  });

  it("names only the kind of a thrown value that is not an Error", () => {
    expect(serializeError("a thrown SECRET string")).toEqual({ type: "string" });
    expect(serializeError({ password: "SECRET" })).toEqual({ type: "object" });
  });
});

describe("the logger", () => {
  it("redacts passwords, tokens, keys, cookies, comments and customer references by name", () => {
    log.clear();
    logger.info({
      password: "SECRET-1",
      newPassword: "SECRET-2",
      token: "SECRET-3",
      apiKey: "SECRET-4",
      input: { comment: "SECRET-5", customerRef: "SECRET-6", key: "SECRET-7" },
      headers: { authorization: "Bearer SECRET-8", cookie: "session=SECRET-9", "x-api-key": "SECRET-10" },
      err: postgresError(),
      kept: "visible",
    });
    // An error logged on its own or beside fields, without a message: pino would take the raw one.
    logger.error(postgresError());
    logger.error({ err: postgresError() });
    expect(log.text()).not.toContain("SECRET");
    expect(log.entries().at(-1)!.msg).toBe('invalid input syntax for type uuid: "[redacted]"');
    expect(log.entries()[0]).toMatchObject({ level: "info", kept: "visible", password: "[redacted]", input: { comment: "[redacted]" } });
  });

  it("gives a response with immutable headers its request id too", async () => {
    const response = await withRequestLog(new Request("http://localhost/x", { headers: { "x-request-id": "abc-123" } }), async () =>
      Response.redirect("http://localhost/y", 302),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("x-request-id")).toBe("abc-123");
    expect(response.headers.get("location")).toBe("http://localhost/y");
  });

  it("logs a handler that throws with the request's id, and lets the error through", async () => {
    log.clear();
    const failing = withRequestLog(new Request("http://localhost/boom?comment=SECRET-Q", { headers: { "x-request-id": "req-9" } }), async () => {
      throw new Error("broken");
    });
    await expect(failing).rejects.toThrow("broken");
    expect(log.entries()).toEqual([expect.objectContaining({ level: "error", requestId: "req-9", path: "/boom", msg: "request failed", err: expect.objectContaining({ message: "broken" }) })]);
    expect(log.text()).not.toContain("SECRET");
  });
});
