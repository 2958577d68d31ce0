// The app's HTTP server: Next.js behind a plain Node server, so that the client's address can be
// taken from the connection (Next's route handlers never see the socket). Every request gets the
// address in CLIENT_ADDRESS_HEADER, overwriting whatever the client sent there; TRUSTED_PROXIES
// says which proxies in front may speak for it (docs/security.md).
//   node scripts/server.mjs [--dev] [-p PORT]
import { createServer } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxiesFrom } from "../server/http/client-address.mjs";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
// As `next start` and `next dev` do, before Next is loaded: it reads NODE_ENV as it loads.
process.env.NODE_ENV = dev ? "development" : "production";
const { default: next } = await import("next");
const portFlag = args.indexOf("-p");
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const trusted = trustedProxiesFrom(process.env.TRUSTED_PROXIES);

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trusted) ?? "";
  void handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`Touchpoint ${dev ? "(development) " : ""}listening on http://localhost:${port}`);
});
