import { callWithRaw } from "@/lib/operation/define-operation";
import { answerDecideRequest } from "@/lib/federation/answer-decide-request";
import { recordGuestContacts } from "@/lib/federation/record-guest-contacts";
import type { HttpMethod } from "@/lib/http/route-table";
import { respondSigned } from "@/lib/http/respond-signed";
import type { Ctx } from "@/lib/rbac/actor";
import { listPublicKeys } from "@/lib/signing/list-public-keys";
import { ingestServiceEvents } from "./events/ingest-service-events";
import { getEffectiveSettings } from "./get-effective-settings";
import { getServicePolicy } from "./get-service-policy";
import { listPolicyChanges } from "./list-policy-changes";

export interface ServiceCall {
  ctx: Ctx;
  /** The token's network: a service token belongs to one. */
  tenantId: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: () => Promise<Record<string, unknown>>;
}

interface RouteBase {
  method: HttpMethod;
  path: string;
  summary: string;
}

/** A route the service calls with its token, through one operation. */
export interface TokenRoute extends RouteBase {
  run: (call: ServiceCall) => Promise<unknown>;
  respond?: (result: unknown, request: Request) => Response;
}

/** A route served without a token: public by design, holding no tenant data. */
export interface PublicRoute extends RouteBase {
  serve: () => Promise<Response>;
}

export type ServiceRoute = TokenRoute | PublicRoute;

/**
 * The messaging service's API under /api/service/v1, one door for all of it
 * (app/api/service/v1/[[...path]]): unknown paths are 404, other methods 405
 * with Allow, bodies checked for type, size and depth before any operation.
 */
export const SERVICE_ROUTES: ServiceRoute[] = [
  {
    method: "GET",
    path: "/members/{memberId}/settings",
    summary: "A member's signed effective settings",
    run: (c) => callWithRaw(getEffectiveSettings, c.ctx, { tenantId: c.tenantId, memberId: c.params.memberId }),
    respond: respondSigned,
  },
  {
    method: "GET",
    path: "/members/{memberId}/policy",
    summary: "A member's signed effective retention",
    run: (c) => callWithRaw(getServicePolicy, c.ctx, { tenantId: c.tenantId, memberId: c.params.memberId }),
    respond: respondSigned,
  },
  {
    method: "GET",
    path: "/policy-changes",
    summary: "Policy changes since a cursor",
    run: (c) => listPolicyChanges(c.ctx, { ...c.query, tenantId: c.tenantId }),
  },
  {
    method: "POST",
    path: "/events",
    summary: "The messaging service's events, batched",
    run: async (c) => callWithRaw(ingestServiceEvents, c.ctx, { ...(await c.body()), tenantId: c.tenantId }),
  },
  {
    method: "POST",
    path: "/federation/decide",
    summary: "May these two sides talk?",
    run: async (c) => answerDecideRequest(c.ctx, await c.body()),
  },
  {
    method: "POST",
    path: "/guests/contacts",
    summary: "Guests the network's members talked to",
    run: async (c) => callWithRaw(recordGuestContacts, c.ctx, { ...(await c.body()), tenantId: c.tenantId }),
  },
  {
    method: "GET",
    path: "/signing-keys",
    summary: "The public keys that verify signed documents (JWKS)",
    serve: async () => Response.json(await listPublicKeys(), { headers: { "cache-control": "public, max-age=300" } }),
  },
];
