import { describe, expect, it } from "vitest";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxiesFrom } from "./client-address.mjs";

describe("the client's address", () => {
  // Issue 15: the first X-Forwarded-For entry, which the client writes, was taken as its address,
  // so rotating it sent unlimited survey answers and escaped the sign-in address lock.
  it("is the connection's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const none = trustedProxiesFrom(undefined);
    expect(clientAddress("198.51.100.7", "203.0.113.1", none)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:198.51.100.7", "1.2.3.4, 5.6.7.8", none)).toBe("198.51.100.7");
  });

  it("is the entry the trusted load balancer added, not one the client wrote before it", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; HAProxy appended the client's real address.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", trustedProxiesFrom("1"))).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", trustedProxiesFrom("10.0.0.2"))).toBe("203.0.113.9");
    // Two proxies of ours: a CDN edge (198.18.0.5) in front of the load balancer (10.0.0.2).
    expect(clientAddress("10.0.0.2", ["6.6.6.6, 203.0.113.9", "198.18.0.5"], trustedProxiesFrom("2"))).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 198.18.0.5", trustedProxiesFrom("10.0.0.2,198.18.0.5"))).toBe("203.0.113.9");
  });

  it("does not believe a peer that is not one of the trusted addresses", () => {
    expect(clientAddress("192.0.2.50", "203.0.113.9", trustedProxiesFrom("10.0.0.2"))).toBe("192.0.2.50");
  });

  it("stops at the last address there is when fewer hops came than were trusted", () => {
    expect(clientAddress("10.0.0.2", undefined, trustedProxiesFrom("1"))).toBe("10.0.0.2");
  });

  it("reaches the app only in the header the server sets", () => {
    expect(clientIpFromHeaders(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "6.6.6.6" }))).toBe("203.0.113.9");
    expect(clientIpFromHeaders({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6" })).toBeNull();
  });
});
