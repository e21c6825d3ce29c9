import { Prisma } from "@/lib/generated/prisma/client";

// The SCIM resources Custodian serves, described once. The /Schemas document,
// the filter compiler and the conformance test all read these tables, so an
// attribute that is listed can be filtered on, by construction.

export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
export const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

export type ScimType = "string" | "boolean" | "dateTime" | "reference" | "complex";

export interface ScimAttribute {
  name: string;
  type: ScimType;
  description: string;
  multiValued?: boolean;
  required?: boolean;
  caseExact?: boolean;
  mutability?: "readOnly" | "readWrite" | "immutable";
  returned?: "always" | "default";
  uniqueness?: "none" | "server";
  /** Longest value accepted, in characters. */
  maxLength?: number;
  /** A simple attribute's value in SQL, over the resource's row (m: Member, g: SecurityGroup). */
  sql?: Prisma.Sql;
  /** The stored value is lower-case already: compare without lower(), so its index serves the filter. */
  lowered?: boolean;
  /** Equality written so that an index serves it (the default compares `sql`). */
  eq?: (lowerValue: Prisma.Sql) => Prisma.Sql;
  /** A complex attribute whose values live elsewhere: the condition on its sub-attributes, placed in that scope. */
  scope?: (condition: Prisma.Sql) => Prisma.Sql;
  subAttributes?: ScimAttribute[];
}

export interface ScimResourceSchema {
  id: string;
  name: string;
  description: string;
  attributes: ScimAttribute[];
}

const profile = (key: string) => Prisma.sql`(m."scimProfile" ->> ${key})`;

const readOnly = { mutability: "readOnly" as const };

/** Attributes every resource has (RFC 7643 §3.1): filterable, but not part of a schema's attribute list. */
const common = (alias: "m" | "g"): ScimAttribute[] => [
  {
    name: "id",
    type: "string",
    description: "Custodian's id.",
    caseExact: true,
    returned: "always",
    uniqueness: "server",
    sql: Prisma.sql`(${Prisma.raw(alias)}.id::text)`,
    ...readOnly,
  },
  {
    name: "externalId",
    type: "string",
    description: "The identity provider's id.",
    caseExact: true,
    maxLength: 256,
    sql: Prisma.sql`${Prisma.raw(alias)}."externalId"`,
  },
  {
    name: "meta",
    type: "complex",
    description: "Resource metadata.",
    ...readOnly,
    scope: (c) => c,
    subAttributes: [
      {
        name: "created",
        type: "dateTime",
        description: "When it was created.",
        sql: Prisma.sql`${Prisma.raw(alias)}."createdAt"`,
        ...readOnly,
      },
      {
        name: "lastModified",
        type: "dateTime",
        description: "When it last changed.",
        sql: Prisma.sql`${Prisma.raw(alias)}."updatedAt"`,
        ...readOnly,
      },
    ],
  },
];

export const USER_COMMON = common("m");
export const GROUP_COMMON = common("g");

export const USER_RESOURCE: ScimResourceSchema = {
  id: USER_SCHEMA,
  name: "User",
  description: "A member of the network on the messaging service.",
  attributes: [
    {
      name: "userName",
      type: "string",
      description: "The identity provider's unique name for the person (often the UPN). Shown as the email when unset.",
      required: true,
      uniqueness: "server",
      maxLength: 256,
      sql: Prisma.sql`coalesce(m."userName", m.email)`,
      lowered: true,
      // Each side on its own unique index: an identity provider looks every user up by userName.
      eq: (v) => Prisma.sql`(m."userName" = ${v} OR (m."userName" IS NULL AND m.email = ${v}))`,
    },
    {
      name: "name",
      type: "complex",
      description: "The person's name.",
      scope: (c) => c,
      subAttributes: [
        {
          name: "givenName",
          type: "string",
          description: "Given name.",
          maxLength: 100,
          sql: Prisma.sql`m."firstName"`,
        },
        {
          name: "familyName",
          type: "string",
          description: "Family name.",
          maxLength: 100,
          sql: Prisma.sql`m."lastName"`,
        },
        {
          name: "formatted",
          type: "string",
          description: "Given and family name, as shown.",
          maxLength: 256,
          sql: Prisma.sql`btrim(m."firstName" || ' ' || m."lastName")`,
          ...readOnly,
        },
      ],
    },
    {
      name: "displayName",
      type: "string",
      description: "The name shown in the messenger.",
      maxLength: 200,
      sql: Prisma.sql`m."displayName"`,
    },
    { name: "nickName", type: "string", description: "Casual name.", maxLength: 256, sql: profile("nickName") },
    { name: "title", type: "string", description: "Job title.", maxLength: 256, sql: profile("title") },
    {
      name: "preferredLanguage",
      type: "string",
      description: "Preferred language (e.g. en-US).",
      maxLength: 64,
      sql: profile("preferredLanguage"),
    },
    { name: "locale", type: "string", description: "Locale (e.g. de-DE).", maxLength: 64, sql: profile("locale") },
    {
      name: "timezone",
      type: "string",
      description: "Time zone (e.g. Europe/Berlin).",
      maxLength: 64,
      sql: profile("timezone"),
    },
    {
      name: "active",
      type: "boolean",
      description: "false suspends the member (signed out at once); true lifts it.",
      sql: Prisma.sql`(m.status IN ('active', 'pending'))`,
    },
    {
      name: "emails",
      type: "complex",
      multiValued: true,
      description:
        "The member's one email address (type work, primary): the messenger's sign-in name. Other addresses are not kept.",
      scope: (c) => c,
      subAttributes: [
        {
          name: "value",
          type: "string",
          description: "The address.",
          maxLength: 254,
          sql: Prisma.sql`m.email`,
          lowered: true,
        },
        { name: "type", type: "string", description: "Always work.", sql: Prisma.sql`'work'::text`, ...readOnly },
        { name: "primary", type: "boolean", description: "Always true.", sql: Prisma.sql`true`, ...readOnly },
      ],
    },
    {
      name: "groups",
      type: "complex",
      multiValued: true,
      description: "The member's security group (exactly one). Change it through /Groups.",
      ...readOnly,
      scope: (c) =>
        Prisma.sql`EXISTS (SELECT 1 FROM "SecurityGroup" gg WHERE gg."tenantId" = m."tenantId" AND gg.id = m."groupId" AND ${c})`,
      subAttributes: [
        { name: "value", type: "string", description: "The group's id.", sql: Prisma.sql`(gg.id::text)`, ...readOnly },
        { name: "display", type: "string", description: "The group's name.", sql: Prisma.sql`gg.name`, ...readOnly },
      ],
    },
  ],
};

export const ENTERPRISE_RESOURCE: ScimResourceSchema = {
  id: ENTERPRISE_SCHEMA,
  name: "EnterpriseUser",
  description: "Enterprise attributes of a member, as the directory has them.",
  attributes: [
    {
      name: "employeeNumber",
      type: "string",
      description: "Employee number.",
      maxLength: 64,
      sql: profile("employeeNumber"),
    },
    { name: "costCenter", type: "string", description: "Cost center.", maxLength: 128, sql: profile("costCenter") },
    {
      name: "organization",
      type: "string",
      description: "Organization.",
      maxLength: 256,
      sql: profile("organization"),
    },
    { name: "division", type: "string", description: "Division.", maxLength: 256, sql: profile("division") },
    { name: "department", type: "string", description: "Department.", maxLength: 256, sql: profile("department") },
    {
      name: "manager",
      type: "complex",
      description: "The member's manager.",
      scope: (c) => c,
      subAttributes: [
        { name: "value", type: "string", description: "The manager's id.", maxLength: 256, sql: profile("managerId") },
        {
          name: "displayName",
          type: "string",
          description: "The manager's name, when they are a member here.",
          sql: Prisma.sql`(SELECT mg."displayName" FROM "Member" mg WHERE mg."tenantId" = m."tenantId" AND mg.id::text = m."scimProfile" ->> 'managerId')`,
          ...readOnly,
        },
      ],
    },
  ],
};

export const GROUP_RESOURCE: ScimResourceSchema = {
  id: GROUP_SCHEMA,
  name: "Group",
  description: "A security group. Every member is in exactly one: adding a member here moves them out of their group.",
  attributes: [
    {
      name: "displayName",
      type: "string",
      description: "The group's name, unique in the network.",
      required: true,
      uniqueness: "server",
      maxLength: 80,
      sql: Prisma.sql`g.name`,
    },
    {
      name: "members",
      type: "complex",
      multiValued: true,
      description: "The group's members (user ids).",
      scope: (c) =>
        Prisma.sql`EXISTS (SELECT 1 FROM "Member" mm WHERE mm."tenantId" = g."tenantId" AND mm."groupId" = g.id AND mm."scimDeletedAt" IS NULL AND ${c})`,
      subAttributes: [
        { name: "value", type: "string", description: "The member's id.", sql: Prisma.sql`(mm.id::text)` },
        {
          name: "display",
          type: "string",
          description: "The member's name.",
          sql: Prisma.sql`mm."displayName"`,
          ...readOnly,
        },
      ],
    },
  ],
};

/** Attributes Custodian accepts from an identity provider and does not keep (data minimisation): never an error. */
export const IGNORED_USER_ATTRIBUTES = [
  "password",
  "phoneNumbers",
  "addresses",
  "photos",
  "ims",
  "roles",
  "entitlements",
  "x509Certificates",
  "userType",
  "profileUrl",
] as const;

/** An attribute as /Schemas publishes it (RFC 7643 §7): its SQL stays here. */
function published(a: ScimAttribute): Record<string, unknown> {
  return {
    name: a.name,
    type: a.type,
    multiValued: a.multiValued ?? false,
    description: a.description,
    required: a.required ?? false,
    caseExact: a.caseExact ?? false,
    mutability: a.mutability ?? "readWrite",
    returned: a.returned ?? "default",
    uniqueness: a.uniqueness ?? "none",
    ...(a.subAttributes ? { subAttributes: a.subAttributes.map(published) } : {}),
  };
}

export function publishedSchema(resource: ScimResourceSchema, base: string) {
  return {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
    id: resource.id,
    name: resource.name,
    description: resource.description,
    attributes: resource.attributes.map(published),
    meta: { resourceType: "Schema", location: `${base}/Schemas/${resource.id}` },
  };
}
