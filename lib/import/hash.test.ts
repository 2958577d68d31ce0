import { describe, expect, it } from "vitest";
import { fnv1a64 } from "./hash";

describe("fnv1a64", () => {
  it("gives the published FNV-1a 64 test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("hashes the UTF-8 bytes, so accents and emoji are stable", () => {
    expect(fnv1a64("café")).toBe(fnv1a64("caf\u00e9"));
    expect(fnv1a64("café")).not.toBe(fnv1a64("cafe"));
  });
});
