import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/**
 * The header through which the console's own HTTP server (scripts/serve.ts)
 * hands the client's address to the app. The server removes any copy a client
 * sent, so inside the app it holds only what the server worked out.
 */
export const CLIENT_ADDRESS_HEADER = "x-custodian-client-address";

/** An address as written by a socket or a proxy, normalised; undefined if it is not one. */
function normaliseAddress(raw: string | undefined): string | undefined {
  let a = raw?.trim() ?? "";
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  // IPv4-mapped IPv6 is the IPv4 client; a zone id (fe80::1%eth0) means nothing off this host.
  a = a
    .toLowerCase()
    .replace(/%[\w.-]+$/, "")
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(a) ? a : undefined;
}

/**
 * The client's address, given the socket's peer and the X-Forwarded-For header:
 * with no trusted proxy the socket's peer is the client and X-Forwarded-For is
 * ignored (anyone can send it). Behind `trustedProxies` proxies that each append
 * the address they received from, the client is the N-th entry from the right;
 * everything to its left was written by the client. A chain shorter than that
 * means the request skipped a proxy, so its left-most entry is the nearest to
 * the client we have. Undefined when the entry is not an address.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string | undefined {
  if (trustedProxies <= 0) return normaliseAddress(socketAddress);
  const entries = [forwardedFor ?? []]
    .flat()
    .flatMap((h) => h.split(","))
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return normaliseAddress(socketAddress);
  return normaliseAddress(entries[Math.max(0, entries.length - trustedProxies)]);
}

/**
 * For the console's HTTP server: replaces whatever the client sent as
 * CLIENT_ADDRESS_HEADER with the address worked out from the socket and the
 * trusted proxies' X-Forwarded-For.
 */
export function stampClientAddress(req: IncomingMessage, trustedProxies: number): void {
  const address = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
}

/** The client's address of a request that came through the console's HTTP server: the only place the app reads it. */
export function clientAddress(headers: Pick<Headers, "get">): string | undefined {
  return normaliseAddress(headers.get(CLIENT_ADDRESS_HEADER) ?? undefined);
}
