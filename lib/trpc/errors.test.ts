import { TRPCClientError } from "@trpc/client";
import { describe, expect, it, vi } from "vitest";
import { applyServerErrors, errorMessage } from "./errors";

type Values = { keptName: string; newName: string; moved: string[] };

function refusal(fieldErrors: Record<string, string[]>) {
  return new TRPCClientError<never>("Check the highlighted fields", {
    result: { error: { data: { code: "BAD_REQUEST", httpStatus: 400, fieldErrors } } },
  } as never);
}

describe("applyServerErrors", () => {
  it("puts errors whose path is a field's name on that field, focusing the first", () => {
    const setError = vi.fn();
    const message = applyServerErrors<Values>(refusal({ newName: ["Taken"] }), setError, ["keptName", "newName"]);
    expect(message).toBeNull();
    expect(setError).toHaveBeenCalledWith("newName", { type: "server", message: "Taken" }, { shouldFocus: true });
  });

  it("maps the server's paths to fields when given a map", () => {
    const setError = vi.fn();
    const fields = { "first.name": "keptName", "second.terms": "moved" } as const;
    const message = applyServerErrors<Values>(refusal({ "first.name": ["Too long"], "second.terms": ["Empty"] }), setError, fields);
    expect(message).toBeNull();
    expect(setError).toHaveBeenNthCalledWith(1, "keptName", { type: "server", message: "Too long" }, { shouldFocus: true });
    expect(setError).toHaveBeenNthCalledWith(2, "moved", { type: "server", message: "Empty" }, { shouldFocus: false });
  });

  it("returns the server's message when an error has no field to show it", () => {
    const setError = vi.fn();
    const fields = { "first.name": "keptName" } as const;
    expect(applyServerErrors<Values>(refusal({ themeId: ["Gone"] }), setError, fields)).toBe("Check the highlighted fields");
    // Not an own key of the map, so not a field either.
    expect(applyServerErrors<Values>(refusal({ toString: ["Odd"] }), setError, fields)).toBe("Check the highlighted fields");
    expect(setError).not.toHaveBeenCalled();
  });

  it("says something useful when the request never reached the server", () => {
    expect(applyServerErrors<Values>(new Error("fetch failed"), vi.fn(), ["newName"])).toBe(
      "Something went wrong. Check your connection and try again.",
    );
  });
});

describe("errorMessage", () => {
  it("says in words that a cross-site change was refused, never 'check your connection'", () => {
    const refused = new TRPCClientError<never>("Unable to transform response from server", {
      meta: { response: { status: 403 }, responseJSON: { error: { code: "FORBIDDEN", message: "This change was refused because it came from a page at another address" } } },
    } as never);
    expect(errorMessage(refused)).toBe("This change was refused because it came from a page at another address");
  });

  it("says in words that a request was too large, never 'check your connection'", () => {
    const tooLarge = new TRPCClientError<never>("Unable to transform response from server", {
      meta: { response: { status: 413 }, responseJSON: { error: { code: "PAYLOAD_TOO_LARGE", message: "This request is larger than the 2 MiB the server takes at once." } } },
    } as never);
    expect(errorMessage(tooLarge)).toBe("This request is larger than the 2 MiB the server takes at once.");
  });

  it("keeps the generic words for a failure that says nothing", () => {
    const broken = new TRPCClientError<never>("Unable to transform response from server", { meta: { response: { status: 502 }, responseJSON: null } } as never);
    expect(errorMessage(broken)).toMatch(/Check your connection/);
  });
});
