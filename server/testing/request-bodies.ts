import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

const CHUNK = 64 * 1024;

/**
 * A request body of `totalBytes` spaces as a stream, with no length known in advance (sent
 * chunked), that counts how much of it was pulled: a handler that stops at its limit pulls little.
 */
export function chunkedBody(totalBytes: number) {
  let pulled = 0;
  const chunk = new Uint8Array(CHUNK).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= totalBytes) return controller.close();
      pulled += CHUNK;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

/** A POST with a chunked body (`duplex: "half"` lets fetch's Request take a stream). */
export function chunkedPost(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>): Request {
  return new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

/**
 * A handler behind a real Node HTTP server, handed the body as Next hands it to a route handler
 * (the connection's stream as the Request's body, `duplex: "half"`), counting the bytes it read.
 */
export async function serveOverHttp(handler: (request: Request) => Promise<Response>) {
  let received = 0;
  const server = createServer((req, res) => {
    async function* counted() {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        received += chunk.byteLength;
        yield chunk;
      }
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, ...(hasBody ? { body: counted(), duplex: "half" } : {}) } as RequestInit);
    void handler(request).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * POSTs `totalBytes` over a real connection in chunked encoding, as fast as the server takes
 * them, until it answers: the answer's status, headers and body, and how much was sent.
 */
export function postChunkedOverHttp(url: string, totalBytes: number, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string; sent: number }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(CHUNK, 0x20);
    const req = httpRequest(url, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString("utf8"), sent });
      });
    });
    // Once the server has answered and closed, writing on may fail: that is the point.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const write = () => {
      while (!answered && sent < totalBytes) {
        sent += CHUNK;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      if (!answered) req.end();
    };
    write();
  });
}
