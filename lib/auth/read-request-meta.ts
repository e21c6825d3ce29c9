import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";
import type { RequestMeta } from "@/lib/rbac/actor";

const REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

export function requestMetaFrom(h: Pick<Headers, "get">): RequestMeta {
  const requestId = h.get("x-request-id");
  // Headers reach the audit log: only a request id of visible ASCII (the address is parsed as one).
  return {
    ip: clientAddress(h),
    userAgent: h.get("user-agent")?.slice(0, 512) ?? undefined,
    requestId: requestId && REQUEST_ID.test(requestId) ? requestId : randomUUID(),
  };
}

/** ip, user agent and request id of the request being served. */
export async function readRequestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}
