import { TRPCError } from "@trpc/server";
import { fieldErrorsOf } from "@/server/api/errors";

export type CallOutcome =
  | { ok: true; value: unknown }
  | { ok: false; code: TRPCError["code"]; message: string; fieldErrors: Record<string, string[]> | undefined };

/**
 * What a client would see of a call: success, or the error code, message and field errors the
 * error formatter would send. Anything that is not a TRPCError is a bug in the test or the server.
 */
export async function outcomeOf(call: Promise<unknown>): Promise<CallOutcome> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return {
      ok: false,
      code: error.code,
      message: error.message,
      fieldErrors: error.code === "BAD_REQUEST" ? fieldErrorsOf(error.cause) : undefined,
    };
  }
}

/** The error code of a call, or "success". */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  const outcome = await outcomeOf(call);
  return outcome.ok ? "success" : outcome.code;
}
