// The client's address, decided once per request by the HTTP server (scripts/server.mjs) and
// passed to the app in CLIENT_ADDRESS_HEADER, which the server overwrites on every request so a
// client cannot send its own. Plain JavaScript: the server runs it before anything is compiled.

/** The header the app reads the client's address from (set by scripts/server.mjs only). */
export const CLIENT_ADDRESS_HEADER = "x-touchpoint-client-address";

/**
 * Which proxies in front of the app to believe, from TRUSTED_PROXIES: a number (that many hops
 * of X-Forwarded-For are added by our own load balancers) or a comma-separated list of their
 * addresses. Unset: none, and the address is the connection's own.
 * @param {string | undefined} setting
 * @returns {{ hops: number } | { addresses: Set<string> }}
 */
export function trustedProxiesFrom(setting) {
  const value = (setting ?? "").trim();
  if (value === "") return { hops: 0 };
  if (/^\d+$/.test(value)) return { hops: Number(value) };
  return { addresses: new Set(value.split(",").map((address) => normalise(address.trim())).filter(Boolean)) };
}

/** "::ffff:10.0.0.1" is the IPv4 address 10.0.0.1 seen by an IPv6 socket. */
function normalise(address) {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/**
 * The client's address: the connection's peer unless it is a trusted proxy, in which case the
 * X-Forwarded-For entry that proxy added, and so on back; the first address not added by a
 * trusted proxy. Entries the client wrote itself sit to the left of that and are never believed.
 * @param {string | undefined} peer the socket's remote address
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s)
 * @param {ReturnType<typeof trustedProxiesFrom>} trusted
 */
export function clientAddress(peer, forwardedFor, trusted) {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => normalise(entry.trim()))
    .filter(Boolean);
  // Nearest first: the peer, then X-Forwarded-For from its right end.
  const chain = [normalise(peer ?? ""), ...forwarded.reverse()].filter(Boolean);
  if ("hops" in trusted) return chain[Math.min(trusted.hops, chain.length - 1)] ?? null;
  const untrusted = chain.find((address) => !trusted.addresses.has(address));
  return untrusted ?? chain[chain.length - 1] ?? null;
}
