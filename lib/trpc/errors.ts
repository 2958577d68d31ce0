import { TRPCClientError } from "@trpc/client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type ErrorData = { code?: string; httpStatus?: number; fieldErrors?: Record<string, string[]> };

function dataOf(error: unknown): ErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  return (error.data ?? undefined) as ErrorData | undefined;
}

/** The tRPC error code (e.g. "CONFLICT", "NOT_FOUND"), if the error came from the server. */
export function errorCode(error: unknown): string | undefined {
  return dataOf(error)?.code;
}

/** The server's field errors (path -> messages), e.g. for a list of problems in an imported file. */
export function serverFieldErrors(error: unknown): Record<string, string[]> {
  return dataOf(error)?.fieldErrors ?? {};
}

export function isClientError(error: unknown): boolean {
  const status = dataOf(error)?.httpStatus;
  return status !== undefined && status >= 400 && status < 500;
}

/**
 * The words of a refusal that the endpoint made before tRPC ran (a cross-site or non-JSON
 * mutation, or a body over its limit: `{ error: { message } }` with a 403, 415 or 413), which the
 * tRPC client cannot read as its own.
 */
function refusalMessage(error: TRPCClientError<never>): string | undefined {
  const meta = error.meta as { response?: { status?: number }; responseJSON?: { error?: { message?: unknown } } } | undefined;
  const status = meta?.response?.status;
  const message = meta?.responseJSON?.error?.message;
  return (status === 403 || status === 413 || status === 415) && typeof message === "string" ? message : undefined;
}

export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError && dataOf(error)) return error.message;
  const refused = error instanceof TRPCClientError ? refusalMessage(error) : undefined;
  if (refused) return refused;
  // A failed fetch or a bug: its raw message says nothing useful to a person.
  return "Something went wrong. Check your connection and try again.";
}

/**
 * The form fields that can show the server's field errors: their names, when the server's paths
 * are the same, or the server's paths mapped to them.
 */
export type ServerErrorFields<T extends FieldValues> = readonly Path<T>[] | Readonly<Record<string, Path<T>>>;

function fieldFor<T extends FieldValues>(fields: ServerErrorFields<T>, path: string): Path<T> | undefined {
  if (isFieldList(fields)) return fields.find((name) => name === path);
  return Object.hasOwn(fields, path) ? fields[path] : undefined;
}

function isFieldList<T extends FieldValues>(fields: ServerErrorFields<T>): fields is readonly Path<T>[] {
  return Array.isArray(fields);
}

/**
 * Puts the server's field errors on the form's fields. Returns the message to show in an
 * alert for anything that no field can show, or null when every error found its field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: ServerErrorFields<T>,
): string | null {
  const fieldErrors = dataOf(error)?.fieldErrors ?? {};
  let unplaced = false;
  let placed = false;
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const target = fieldFor(fields, path);
    if (target && messages[0]) {
      setError(target, { type: "server", message: messages[0] }, { shouldFocus: !placed });
      placed = true;
    } else {
      unplaced = true;
    }
  }
  return placed && !unplaced ? null : errorMessage(error);
}
