import { describe, expect, it } from "vitest";
import { signUpSchema } from "./organization";

const valid = { orgName: "Skyward", name: "Dana", email: "dana@skyward.example", password: "correct horse battery staple 42", timeZone: "America/Chicago", themePreset: "banking" };

describe("sign-up input", () => {
  it("takes an IANA time zone and a starting taxonomy", () => {
    expect(signUpSchema.parse(valid)).toMatchObject({ timeZone: "America/Chicago", themePreset: "banking" });
  });

  it("refuses an unknown time zone, naming it", () => {
    const result = signUpSchema.safeParse({ ...valid, timeZone: "Mars/Olympus_Mons" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["timeZone"], message: expect.stringContaining('"Mars/Olympus_Mons" is not a time zone') });
  });

  it("refuses an unknown taxonomy, naming it and the choices", () => {
    const result = signUpSchema.safeParse({ ...valid, themePreset: "shipping" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["themePreset"], message: expect.stringContaining('"shipping" is not a starting taxonomy') });
    expect(result.error?.issues[0]?.message).toContain("banking");
  });
});
