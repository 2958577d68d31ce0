import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { chunkedBody } from "@/server/testing/request-bodies";
import { NEXTAUTH_BODY_LIMIT, readLimitedBody, withBodyLimit } from "./body-limit";

const MiB = 1024 * 1024;
const form = { "content-type": "application/x-www-form-urlencoded" };
const signInUrl = "http://localhost/api/auth/callback/credentials";
const context = { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) };

const chunkedNextRequest = (url: string, stream: ReadableStream<Uint8Array>) =>
  new NextRequest(url, { method: "POST", body: stream, headers: form, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);

describe("readLimitedBody", () => {
  it("returns a body within the limit, byte for byte", async () => {
    const text = "email=a%40example.com&password=é";
    const body = await readLimitedBody(new Request("http://localhost/", { method: "POST", body: text }), 1024);
    expect(new TextDecoder().decode(body!)).toBe(text);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const { stream, pulled } = chunkedBody(MiB);
    const request = new Request("http://localhost/", { method: "POST", body: stream, headers: { "content-length": String(MiB) }, duplex: "half" } as RequestInit);
    expect(await readLimitedBody(request, 1024)).toBeNull();
    expect(pulled()).toBeLessThanOrEqual(64 * 1024);
  });
});

// Issue 15: next-auth read a body of any size whole (a 30 MiB sign-in post was taken in).
describe("next-auth's route", () => {
  it("answers 413 to a 30 MiB chunked sign-in post after reading no more than 16 KiB and a chunk", async () => {
    const { stream, pulled } = chunkedBody(30 * MiB);
    const response = await nextAuthPost(chunkedNextRequest(signInUrl, stream), context);
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(await response.json()).toEqual({ error: { code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining("16 KiB") } });
    expect(pulled()).toBeLessThanOrEqual(NEXTAUTH_BODY_LIMIT + 2 * 64 * 1024);
  });

  it("answers 413 to a declared Content-Length over 16 KiB", async () => {
    const body = `email=a%40example.com&password=${"x".repeat(NEXTAUTH_BODY_LIMIT)}`;
    const response = await nextAuthPost(new NextRequest(signInUrl, { method: "POST", body, headers: { ...form, "content-length": String(body.length) } }), context);
    expect(response.status).toBe(413);
  });

  it("hands a sign-in within the limit to next-auth as sent, with its URL and context", async () => {
    const seen: { text: string; path: string; type: string | null; context: unknown }[] = [];
    const limited = withBodyLimit(NEXTAUTH_BODY_LIMIT, async (request: NextRequest, ctx: typeof context) => {
      seen.push({ text: await request.text(), path: request.nextUrl.pathname, type: request.headers.get("content-type"), context: ctx });
      return new Response("ok");
    });
    const body = "csrfToken=abc&email=a%40example.com&password=Quiet-meadow-lantern-5&json=true";
    expect((await limited(chunkedNextRequest(signInUrl, new Blob([body]).stream()), context)).status).toBe(200);
    expect(seen).toEqual([{ text: body, path: "/api/auth/callback/credentials", type: form["content-type"], context }]);
  });
});
