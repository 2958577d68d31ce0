import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { chunkedBody, chunkedPost, postChunkedOverHttp, serveOverHttp } from "@/server/testing/request-bodies";
import { createTrpcHandler, IMPORT_CHUNK_BODY_LIMIT, TRPC_BODY_LIMIT, TRPC_MAX_BATCH } from "./http";

process.env.NEXTAUTH_SECRET ??= "test-secret-for-http-tests";

let testDb: TestDb;
let org: OrgFixture;
let cookie: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Http");
  handle = createTrpcHandler(() => testDb.db);
  const token = await encode({ token: { uid: org.director.id, orgId: org.orgId, sv: 1 }, secret: process.env.NEXTAUTH_SECRET! });
  cookie = `next-auth.session-token=${token}`;
});
afterAll(() => testDb.close());

const post = (path: string, body: string, headers: Record<string, string>) =>
  handle(new Request(`http://localhost/api/trpc/${path}`, { method: "POST", body, headers: { cookie, ...headers } }));

describe("the tRPC endpoint", () => {
  // Issue 15: a batch of any length was taken (500 procedures in one call).
  it("refuses a batch longer than its limit, and answers one within it", async () => {
    const batchOf = (n: number) => {
      const paths = Array.from({ length: n }, () => "teams.list").join(",");
      const input = encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}]))));
      return handle(new Request(`http://localhost/api/trpc/${paths}?batch=1&input=${input}`, { headers: { cookie } }));
    };
    expect((await batchOf(TRPC_MAX_BATCH)).status).toBe(200);
    expect((await batchOf(500)).status).toBe(400);
  });

  // Issue 15: a 429 came without Retry-After, so a client could only guess when to try again.
  it(
    "says when to try again on a 429",
    async () => {
      const guesser = await createOrgFixture(testDb.db, "Retry");
      const token = await encode({ token: { uid: guesser.frontline.id, orgId: guesser.orgId, sv: 1 }, secret: process.env.NEXTAUTH_SECRET! });
      const change = () =>
        handle(
          new Request("http://localhost/api/trpc/users.changePassword", {
            method: "POST",
            headers: { cookie: `next-auth.session-token=${token}`, "content-type": "application/json" },
            body: JSON.stringify({ json: { currentPassword: "Not-the-password-1", newPassword: "A-much-better-passphrase-42" } }),
          }),
        );
      let response = await change();
      for (let i = 0; i < 10 && response.status !== 429; i++) response = await change();
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toBe("900");
    },
    60_000,
  );

  // Issue 15: another app on the same host can plant a cookie; "x=%" made every call answer 500.
  it("answers beside a malformed cookie, as the caller or as no one", async () => {
    const signedIn = await handle(new Request("http://localhost/api/trpc/teams.list", { headers: { cookie: `${cookie}; a=%zz` } }));
    expect(signedIn.status).toBe(200);
    const anonymous = await handle(new Request("http://localhost/api/trpc/teams.list", { headers: { cookie: "x=%" } }));
    expect(anonymous.status).toBe(401);
  });

  it("refuses a cross-site form post, even with a valid session cookie", async () => {
    const response = await post("teams.create", "name=Hijacked", { "content-type": "application/x-www-form-urlencoded" });
    expect(response.status).toBe(415);
    const multipart = await post("teams.create", "--x--", { "content-type": "multipart/form-data; boundary=x" });
    expect(multipart.status).toBe(415);
    const teams = await handle(new Request("http://localhost/api/trpc/teams.list", { headers: { cookie } }));
    expect(JSON.stringify(await teams.json())).not.toContain("Hijacked");
  });

  it("refuses a JSON mutation sent from another origin", async () => {
    const response = await post("teams.create", JSON.stringify({ json: { name: "From elsewhere" } }), {
      "content-type": "application/json",
      host: "localhost",
      origin: "https://evil.example",
    });
    expect(response.status).toBe(403);
  });

  it("accepts a JSON mutation from this site, however the app was reached", async () => {
    for (const [i, host] of ["localhost", "127.0.0.1:3000", "192.168.1.20:3000"].entries()) {
      const response = await post("teams.create", JSON.stringify({ json: { name: `Lounge ${i}` } }), {
        "content-type": "application/json",
        host,
        origin: `http://${host}`,
      });
      expect(response.status).toBe(200);
    }
  });

  it("says in words why a cross-site mutation was refused", async () => {
    const response = await post("teams.create", JSON.stringify({ json: { name: "From elsewhere" } }), {
      "content-type": "application/json",
      host: "localhost:3000",
      origin: "http://localhost:3001",
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toMatch(/another address than this server/);
  });

  it("answers bad input with 400 and the field named, not a 500", async () => {
    const response = await post(
      "users.updateRole",
      JSON.stringify({ json: { userId: org.frontline.id, role: "boss" } }),
      { "content-type": "application/json" },
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.json.data.code).toBe("BAD_REQUEST");
    expect(Object.keys(body.error.json.data.fieldErrors)).toEqual(["role"]);
    expect(JSON.stringify(body)).not.toMatch(/stack|at Object\./);
  });

  // Issue 15: tRPC read any body whole, however large, before looking at it: one client could hold
  // the server's memory with a few uploads of hundreds of MiB.
  describe("refuses a body over its limit", () => {
    const json = { "content-type": "application/json" };
    const MiB = 1024 * 1024;

    it("answers 413 in the refusals' JSON shape to a declared Content-Length over 2 MiB", async () => {
      const body = JSON.stringify({ json: { name: "x".repeat(TRPC_BODY_LIMIT) } });
      const response = await post("teams.create", body, { ...json, "content-length": String(Buffer.byteLength(body)) });
      expect(response.status).toBe(413);
      expect(response.headers.get("connection")).toBe("close");
      expect(await response.json()).toEqual({ error: { code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining("2 MiB") } });
    });

    it("stops reading a 30 MiB chunked body (no Content-Length) once it passes 2 MiB", async () => {
      const { stream, pulled } = chunkedBody(30 * MiB);
      const response = await handle(chunkedPost("http://localhost/api/trpc/teams.create", stream, { cookie, ...json }));
      expect(response.status).toBe(413);
      expect(pulled()).toBeLessThanOrEqual(TRPC_BODY_LIMIT + 256 * 1024);
    });

    it("stops reading a 30 MiB chunked body sent over a real connection, and closes it", async () => {
      const server = await serveOverHttp(handle);
      try {
        const answer = await postChunkedOverHttp(`${server.origin}/api/trpc/teams.create`, 30 * MiB, { cookie, ...json });
        expect(answer.status).toBe(413);
        expect(answer.headers.connection).toBe("close");
        expect(JSON.parse(answer.body).error.code).toBe("PAYLOAD_TOO_LARGE");
        expect(server.received()).toBeLessThanOrEqual(TRPC_BODY_LIMIT + MiB);
      } finally {
        await server.close();
      }
    });

    it("takes an import chunk up to 8 MiB, and no other call of that size", async () => {
      const chunk = (comment: string) => JSON.stringify({ json: { importRunId: crypto.randomUUID(), rowsRead: 1, locallyRejected: 0, rows: [{ line: 2, item: { comment } }] } });
      const threeMiB = chunk("x".repeat(3 * MiB));
      // Within the chunk's limit: it reaches the procedure, which finds no such import.
      expect((await post("imports.chunk", threeMiB, json)).status).toBe(404);
      expect((await post("teams.create", threeMiB, json)).status).toBe(413);
      expect((await post("imports.chunk", chunk("x".repeat(IMPORT_CHUNK_BODY_LIMIT)), json)).status).toBe(413);
    });
  });
});
