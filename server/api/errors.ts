import "server-only";
import { TRPCError } from "@trpc/server";
import {
  ConflictError,
  NotFoundError,
  PermissionError,
  TooManyRequestsError,
  ValidationError,
} from "@/server/services/errors";
import { postgresErrorCode } from "@/server/db/postgres-error";

/** Maps a service error to the tRPC error a client sees; unknown errors stay internal. */
export function toTrpcError(error: unknown): TRPCError | null {
  if (error instanceof NotFoundError) return new TRPCError({ code: "NOT_FOUND", message: error.message, cause: error });
  if (error instanceof ConflictError) return new TRPCError({ code: "CONFLICT", message: error.message, cause: error });
  if (error instanceof ValidationError) return new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
  if (error instanceof PermissionError) return new TRPCError({ code: "FORBIDDEN", message: error.message, cause: error });
  if (error instanceof TooManyRequestsError)
    return new TRPCError({ code: "TOO_MANY_REQUESTS", message: error.message, cause: error });
  const pgCode = postgresErrorCode(error);
  if (pgCode === "23505") return new TRPCError({ code: "CONFLICT", message: "That already exists", cause: error as Error });
  if (pgCode === "23503") return new TRPCError({ code: "NOT_FOUND", message: "A referenced record was not found", cause: error as Error });
  return null;
}

/** Field name -> messages, from a zod error or a service ValidationError. */
export function fieldErrorsOf(cause: unknown): Record<string, string[]> | undefined {
  if (cause instanceof ValidationError && cause.field) return { [cause.field]: [cause.message] };
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  const fields: Record<string, string[]> = {};
  for (const issue of issues as { path?: PropertyKey[]; message?: string }[]) {
    const key = issue.path?.length ? issue.path.map(String).join(".") : "(input)";
    (fields[key] ??= []).push(issue.message ?? "Invalid value");
  }
  return fields;
}
