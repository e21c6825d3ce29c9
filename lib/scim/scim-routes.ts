import { callWithRaw } from "@/lib/operation/define-operation";
import type { HttpMethod } from "@/lib/http/route-table";
import type { Ctx } from "@/lib/rbac/actor";
import { createScimGroup } from "./create-scim-group";
import { createScimUser } from "./create-scim-user";
import { deleteScimGroup } from "./delete-scim-group";
import { deleteScimUser } from "./delete-scim-user";
import { getScimGroup } from "./get-scim-group";
import { getScimUser } from "./get-scim-user";
import { listScimGroups } from "./list-scim-groups";
import { listScimUsers } from "./list-scim-users";
import { patchScimGroup } from "./patch-scim-group";
import { patchScimUser } from "./patch-scim-user";
import { replaceScimGroup } from "./replace-scim-group";
import { replaceScimUser } from "./replace-scim-user";
import { oneResourceType, oneSchema, resourceTypes, schemas, serviceProviderConfig } from "./scim-discovery";

export interface ScimCall {
  ctx: Ctx;
  tenantId: string;
  /** The public URL of /api/scim/v2 (NEXTAUTH_URL's), for meta.location and $ref. */
  base: string;
  params: Record<string, string>;
  /** Query parameters by lower-cased name: SCIM's are case-insensitive. */
  query: Record<string, string | undefined>;
  body: () => Promise<Record<string, unknown>>;
}

/** What a route answers: a resource (201 when created), or nothing (204). */
export type ScimAnswer = { status?: 200 | 201; body: unknown } | null;

export interface ScimRoute {
  method: HttpMethod;
  path: string;
  summary: string;
  run: (call: ScimCall) => Promise<ScimAnswer>;
}

const listQuery = (q: ScimCall["query"]) => ({
  filter: q.filter,
  startIndex: q.startindex,
  count: q.count,
  attributes: q.attributes,
  excludedAttributes: q.excludedattributes,
});
const projection = (q: ScimCall["query"]) => ({ attributes: q.attributes, excludedAttributes: q.excludedattributes });
const on = ({ tenantId, base }: ScimCall) => ({ tenantId, base });
const ok = (body: unknown): ScimAnswer => ({ body });

/**
 * SCIM 2.0 (RFC 7644) as served under /api/scim/v2, one door for all of it
 * (app/api/scim/v2/[[...path]]): an unknown path is a SCIM 404, a known one
 * with another method a SCIM 405 with Allow. The bad-input suite walks this
 * table.
 */
export const SCIM_ROUTES: ScimRoute[] = [
  {
    method: "GET",
    path: "/Users",
    summary: "List users (any SCIM filter; startIndex, count)",
    run: async (c) => ok(await listScimUsers(c.ctx, { ...on(c), ...listQuery(c.query) })),
  },
  {
    method: "POST",
    path: "/Users",
    summary: "Provision a user",
    run: async (c) => ({ status: 201, body: await createScimUser(c.ctx, { ...on(c), user: await c.body() }) }),
  },
  {
    method: "GET",
    path: "/Users/{id}",
    summary: "One user",
    run: async (c) => ok(await callWithRaw(getScimUser, c.ctx, { ...on(c), id: c.params.id, ...projection(c.query) })),
  },
  {
    method: "PUT",
    path: "/Users/{id}",
    summary: "Replace a user",
    run: async (c) =>
      ok(await callWithRaw(replaceScimUser, c.ctx, { ...on(c), id: c.params.id, user: await c.body() })),
  },
  {
    method: "PATCH",
    path: "/Users/{id}",
    summary: "Patch a user (active=false suspends)",
    run: async (c) => ok(await callWithRaw(patchScimUser, c.ctx, { ...on(c), id: c.params.id, patch: await c.body() })),
  },
  {
    method: "DELETE",
    path: "/Users/{id}",
    summary: "Deprovision a user (deactivated and kept for retention)",
    run: async (c) => {
      await callWithRaw(deleteScimUser, c.ctx, { ...on(c), id: c.params.id });
      return null;
    },
  },
  {
    method: "GET",
    path: "/Groups",
    summary: "List security groups",
    run: async (c) => ok(await listScimGroups(c.ctx, { ...on(c), ...listQuery(c.query) })),
  },
  {
    method: "POST",
    path: "/Groups",
    summary: "Create a security group",
    run: async (c) => ({ status: 201, body: await createScimGroup(c.ctx, { ...on(c), group: await c.body() }) }),
  },
  {
    method: "GET",
    path: "/Groups/{id}",
    summary: "One security group",
    run: async (c) => ok(await callWithRaw(getScimGroup, c.ctx, { ...on(c), id: c.params.id, ...projection(c.query) })),
  },
  {
    method: "PUT",
    path: "/Groups/{id}",
    summary: "Replace a group's name and members",
    run: async (c) =>
      ok(await callWithRaw(replaceScimGroup, c.ctx, { ...on(c), id: c.params.id, group: await c.body() })),
  },
  {
    method: "PATCH",
    path: "/Groups/{id}",
    summary: "Rename a group; add or remove members",
    run: async (c) =>
      ok(await callWithRaw(patchScimGroup, c.ctx, { ...on(c), id: c.params.id, patch: await c.body() })),
  },
  {
    method: "DELETE",
    path: "/Groups/{id}",
    summary: "Delete a group (its members move to the default group)",
    run: async (c) => {
      await callWithRaw(deleteScimGroup, c.ctx, { ...on(c), id: c.params.id });
      return null;
    },
  },
  {
    method: "GET",
    path: "/ServiceProviderConfig",
    summary: "What this service provider supports",
    run: async (c) => ok(serviceProviderConfig(c.base)),
  },
  { method: "GET", path: "/ResourceTypes", summary: "Resource types", run: async (c) => ok(resourceTypes(c.base)) },
  {
    method: "GET",
    path: "/ResourceTypes/{id}",
    summary: "One resource type",
    run: async (c) => ok(oneResourceType(c.base, c.params.id!)),
  },
  { method: "GET", path: "/Schemas", summary: "Schemas", run: async (c) => ok(schemas(c.base)) },
  {
    method: "GET",
    path: "/Schemas/{id}",
    summary: "One schema",
    run: async (c) => ok(oneSchema(c.base, c.params.id!)),
  },
];
