import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, resolveClientAddress, stampClientAddress } from "./client-address";

describe("the client's address", () => {
  it("with no trusted proxy is the socket's peer, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("198.51.100.7", "203.0.113.1", 0)).toBe("198.51.100.7");
    expect(resolveClientAddress("::ffff:198.51.100.7", undefined, 0)).toBe("198.51.100.7");
    expect(resolveClientAddress("::1", "203.0.113.1, 203.0.113.2", 0)).toBe("::1");
  });

  it("behind one proxy is the right-most entry, not the left-most a client can write", () => {
    // The client sent "203.0.113.66"; the proxy appended the address it saw.
    expect(resolveClientAddress("10.0.0.2", "203.0.113.66, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7", 1)).toBe("198.51.100.7");
  });

  it("behind two proxies is the second entry from the right", () => {
    expect(resolveClientAddress("10.0.0.3", "203.0.113.66, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
    // Header lines sent twice reach Node as an array or joined with commas: both count as one list.
    expect(resolveClientAddress("10.0.0.3", ["203.0.113.66", "198.51.100.7, 10.0.0.2"], 2)).toBe("198.51.100.7");
    // A chain shorter than the proxies configured: the left-most entry is the nearest to the client.
    expect(resolveClientAddress("10.0.0.3", "198.51.100.7", 2)).toBe("198.51.100.7");
  });

  it("falls back to the socket when a trusted proxy sent no X-Forwarded-For", () => {
    expect(resolveClientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", " , ", 1)).toBe("10.0.0.2");
  });

  it("takes IPv6, with or without brackets, port or zone, and IPv4 with a port", () => {
    expect(resolveClientAddress("10.0.0.2", "2001:DB8::1", 1)).toBe("2001:db8::1");
    expect(resolveClientAddress("10.0.0.2", "[2001:db8::1]:443", 1)).toBe("2001:db8::1");
    expect(resolveClientAddress("10.0.0.2", "fe80::1%eth0", 1)).toBe("fe80::1");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7:51234", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", "::ffff:198.51.100.7", 1)).toBe("198.51.100.7");
  });

  it("is unknown when the trusted entry is not an address", () => {
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7, unknown", 1)).toBeUndefined();
    expect(resolveClientAddress("10.0.0.2", "<script>", 1)).toBeUndefined();
    expect(resolveClientAddress("10.0.0.2", "999.1.1.1", 1)).toBeUndefined();
    expect(resolveClientAddress(undefined, undefined, 0)).toBeUndefined();
    // Garbage left of the trusted entry is the client's own and changes nothing.
    expect(resolveClientAddress("10.0.0.2", "not-an-ip,, 198.51.100.7", 1)).toBe("198.51.100.7");
  });

  it("replaces a client address header the client sent itself, and the app reads only that header", () => {
    const req = {
      socket: { remoteAddress: "::ffff:198.51.100.7" },
      headers: { "x-forwarded-for": "203.0.113.66", [CLIENT_ADDRESS_HEADER]: "203.0.113.99" },
    } as unknown as IncomingMessage;
    stampClientAddress(req, 0);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
    expect(
      clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.66" })),
    ).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.66" }))).toBeUndefined();

    const unknown = { socket: {}, headers: { [CLIENT_ADDRESS_HEADER]: "203.0.113.99" } } as unknown as IncomingMessage;
    stampClientAddress(unknown, 1);
    expect(unknown.headers[CLIENT_ADDRESS_HEADER]).toBeUndefined();
  });
});
