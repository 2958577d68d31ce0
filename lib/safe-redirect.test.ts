import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it.each([
    ["/people", "/people"],
    ["/people?tab=invites#top", "/people?tab=invites#top"],
    ["http://localhost:3000/teams", "/teams"],
  ])("keeps this site's path %s", (input, expected) => {
    expect(safeCallbackPath(input, "http://localhost:3000")).toBe(expected);
  });

  it.each([
    "https://evil.example/steal",
    "//evil.example/steal",
    "/\\evil.example",
    "javascript:alert(1)",
    "/%0d%0aSet-Cookie:x",
    "http://localhost:3000.evil.example/",
    "",
  ])("sends %s home instead", (input) => {
    const result = safeCallbackPath(input, "http://localhost:3000");
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    expect(result).not.toContain("evil");
  });

  // Issue 15's open redirect: the raw string passed the checks, and its normalised path began
  // with "//", which the sign-in form handed to router.replace as another site.
  it.each(["/.//evil.example", "/%2e//evil.example", "/x/..//evil.example", "/..//evil.example", "/%2e%2e//evil.example", "/./\\evil.example"])(
    "never returns a path that another site could be read from: %s",
    (input) => {
      const result = safeCallbackPath(input, "http://localhost:3000");
      expect(result.startsWith("//")).toBe(false);
      expect(new URL(result, "http://localhost:3000").host).toBe("localhost:3000");
      expect(result).not.toContain("evil");
    },
  );
});
