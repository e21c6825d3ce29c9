import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import type { RequestMeta } from "@/lib/rbac/actor";

export function requestMetaFrom(h: Headers): RequestMeta {
  // Next sets x-forwarded-for from the socket when no proxy did; behind a load
  // balancer, the balancer's value is used. (A client reaching Next directly could
  // forge it, which is why lockout counts per account as well as per address.)
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || undefined;
  return {
    ip: ip?.replace(/^::ffff:/, ""),
    userAgent: h.get("user-agent")?.slice(0, 512) ?? undefined,
    requestId: h.get("x-request-id") ?? randomUUID(),
  };
}

/** ip, user agent and request id of the request being served. */
export async function readRequestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}
