import { GROUP_SCHEMA, USER_SCHEMA } from "./scim-user";

// RFC 7643 §5–7: what this service provider supports. Public metadata, no tenant data.
export function serviceProviderConfig(base: string) {
  return {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
    documentationUri: "https://github.com/custodian/custodian#scim",
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 1000 },
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

export function resourceTypes(base: string) {
  return {
    schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
    totalResults: 2,
    Resources: [
      {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
        id: "User",
        name: "User",
        endpoint: "/Users",
        schema: USER_SCHEMA,
        meta: { resourceType: "ResourceType", location: `${base}/ResourceTypes/User` },
      },
      {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
        id: "Group",
        name: "Group",
        endpoint: "/Groups",
        schema: GROUP_SCHEMA,
        meta: { resourceType: "ResourceType", location: `${base}/ResourceTypes/Group` },
      },
    ],
  };
}

const attr = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: "readWrite",
  returned: "default",
  uniqueness: "none",
  ...extra,
});

export function schemas(base: string) {
  return {
    schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
    totalResults: 2,
    Resources: [
      {
        id: USER_SCHEMA,
        name: "User",
        attributes: [
          attr("userName", "string", { required: true, uniqueness: "server" }),
          attr("externalId", "string", { caseExact: true }),
          attr("displayName", "string"),
          attr("name", "complex", {
            subAttributes: [attr("givenName", "string"), attr("familyName", "string"), attr("formatted", "string")],
          }),
          attr("emails", "complex", {
            multiValued: true,
            subAttributes: [attr("value", "string"), attr("primary", "boolean")],
          }),
          attr("active", "boolean"),
          attr("groups", "complex", { multiValued: true, mutability: "readOnly" }),
        ],
        meta: { resourceType: "Schema", location: `${base}/Schemas/${USER_SCHEMA}` },
      },
      {
        id: GROUP_SCHEMA,
        name: "Group",
        attributes: [
          attr("displayName", "string", { required: true, mutability: "readOnly" }),
          attr("members", "complex", { multiValued: true }),
        ],
        meta: { resourceType: "Schema", location: `${base}/Schemas/${GROUP_SCHEMA}` },
      },
    ],
  };
}
