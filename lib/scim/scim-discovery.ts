import { ScimError } from "./scim-error";
import { MAX_RESULTS } from "./scim-list-params";
import {
  ENTERPRISE_RESOURCE,
  ENTERPRISE_SCHEMA,
  GROUP_RESOURCE,
  GROUP_SCHEMA,
  LIST_SCHEMA,
  USER_RESOURCE,
  USER_SCHEMA,
  publishedSchema,
} from "./scim-schema";

// RFC 7643 §5–7: what this service provider supports. Public metadata, no tenant data.
export function serviceProviderConfig(base: string) {
  return {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
    documentationUri: "https://github.com/custodian/custodian#scim",
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "Bearer token",
        description: "A Custodian API token with the scim.provision scope.",
        primary: true,
      },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${base}/ServiceProviderConfig` },
  };
}

const RESOURCE_TYPES = [
  { id: "User", name: "User", endpoint: "/Users", schema: USER_SCHEMA, extensions: [ENTERPRISE_SCHEMA] },
  { id: "Group", name: "Group", endpoint: "/Groups", schema: GROUP_SCHEMA, extensions: [] },
];

const resourceType = (t: (typeof RESOURCE_TYPES)[number], base: string) => ({
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
  id: t.id,
  name: t.name,
  endpoint: t.endpoint,
  schema: t.schema,
  ...(t.extensions.length ? { schemaExtensions: t.extensions.map((schema) => ({ schema, required: false })) } : {}),
  meta: { resourceType: "ResourceType", location: `${base}/ResourceTypes/${t.id}` },
});

const list = (resources: unknown[]) => ({
  schemas: [LIST_SCHEMA],
  totalResults: resources.length,
  startIndex: 1,
  itemsPerPage: resources.length,
  Resources: resources,
});

export const resourceTypes = (base: string) => list(RESOURCE_TYPES.map((t) => resourceType(t, base)));

export function oneResourceType(base: string, id: string) {
  const t = RESOURCE_TYPES.find((r) => r.id.toLowerCase() === id.toLowerCase());
  if (!t) throw new ScimError(404, undefined, `There is no resource type ${id}: use User or Group.`);
  return resourceType(t, base);
}

const SCHEMAS = [USER_RESOURCE, ENTERPRISE_RESOURCE, GROUP_RESOURCE];

export const schemas = (base: string) => list(SCHEMAS.map((s) => publishedSchema(s, base)));

export function oneSchema(base: string, id: string) {
  const s = SCHEMAS.find((r) => r.id.toLowerCase() === id.toLowerCase());
  if (!s) throw new ScimError(404, undefined, `There is no schema ${id}.`);
  return publishedSchema(s, base);
}
