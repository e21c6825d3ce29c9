import { randomUUID } from "node:crypto";
import { isIP } from "node:net";
import { headers } from "next/headers";
import type { RequestMeta } from "@/lib/rbac/actor";

const REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

export function requestMetaFrom(h: Headers): RequestMeta {
  // Next sets x-forwarded-for from the socket when no proxy did; behind a load
  // balancer, the balancer's value is used. (A client reaching Next directly could
  // forge it, which is why lockout counts per account as well as per address.)
  const ip = (h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "").replace(/^::ffff:/, "");
  const requestId = h.get("x-request-id");
  // Headers reach the audit log: only an address that parses as one, and a request id of visible ASCII.
  return {
    ip: isIP(ip) ? ip : undefined,
    userAgent: h.get("user-agent")?.slice(0, 512) ?? undefined,
    requestId: requestId && REQUEST_ID.test(requestId) ? requestId : randomUUID(),
  };
}

/** ip, user agent and request id of the request being served. */
export async function readRequestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}
