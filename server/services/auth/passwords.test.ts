import { describe, expect, it } from "vitest";
import { newPasswordSchema } from "@/lib/schemas/common";
import { hashPassword, passwordWeakness, verifyPassword } from "./passwords";

describe("password rules", () => {
  it.each(["password1", "Password123", "qwertyuiop", "iloveyou12", "12345678", "abcdefgh"])(
    "refuse the common password %s",
    (password) => {
      expect(passwordWeakness(password)).toMatch(/too common or too easy to guess/);
    },
  );

  it("refuses a password built from the person's own email or name", () => {
    expect(passwordWeakness("margaret.ellison", ["margaret.ellison@skyward.example", "Margaret Ellison"])).not.toBeNull();
  });

  it.each(["Skyward-demo-2026", "correct horse battery staple", "Orbit-lantern-harbour-7"])("accept %s", (password) => {
    expect(passwordWeakness(password)).toBeNull();
  });

  it("allow 8 to 128 characters", () => {
    expect(newPasswordSchema.safeParse("a".repeat(7)).success).toBe(false);
    expect(newPasswordSchema.safeParse("a".repeat(8)).success).toBe(true);
    expect(newPasswordSchema.safeParse("a".repeat(128)).success).toBe(true);
    expect(newPasswordSchema.safeParse("a".repeat(129)).success).toBe(false);
  });
});

describe("password hashing", () => {
  it("uses argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("Orbit-lantern-harbour-7");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(hash).not.toContain("Orbit");
    expect(await verifyPassword(hash, "Orbit-lantern-harbour-7")).toBe(true);
    expect(await verifyPassword(hash, "orbit-lantern-harbour-7")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });
});
