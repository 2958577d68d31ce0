import { describe, expect, it } from "vitest";
import { newInvitationToken, parseInvitationToken } from "./tokens";

const orgId = "0b6f3c1e-5a8d-4c3b-9e2f-7a1d2c3b4e5f";

describe("invitation tokens", () => {
  it("carry the organisation and a secret whose hash alone is stored", () => {
    const { token, tokenHash } = newInvitationToken(orgId);
    expect(token.startsWith(`${orgId}.`)).toBe(true);
    expect(token).not.toContain(tokenHash);
    expect(parseInvitationToken(token)).toEqual({ orgId, tokenHash });
  });

  it("are different every time", () => {
    expect(newInvitationToken(orgId).token).not.toBe(newInvitationToken(orgId).token);
  });

  it.each(["", "nonsense", `${orgId}`, `${orgId}.short`, `not-a-uuid.${"a".repeat(32)}`, `${orgId}.${"a".repeat(32)}.extra`])(
    "reject the malformed link %s",
    (token) => {
      expect(parseInvitationToken(token)).toBeNull();
    },
  );
});
