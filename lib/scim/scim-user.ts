import { z } from "zod";

export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

export interface MemberForScim {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  displayName: string;
  status: string;
  externalId: string | null;
  groupId: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A member as a SCIM User: userName is the email; active is "not suspended or deactivated". */
export function toScimUser(m: MemberForScim, base: string, group?: { id: string; name: string }) {
  return {
    schemas: [USER_SCHEMA],
    id: m.id,
    ...(m.externalId ? { externalId: m.externalId } : {}),
    userName: m.email,
    name: { givenName: m.firstName, familyName: m.lastName, formatted: m.displayName },
    displayName: m.displayName,
    emails: [{ value: m.email, primary: true, type: "work" }],
    active: m.status === "active" || m.status === "pending",
    ...(group ? { groups: [{ value: group.id, display: group.name, $ref: `${base}/Groups/${group.id}` }] } : {}),
    meta: {
      resourceType: "User",
      created: m.createdAt.toISOString(),
      lastModified: m.updatedAt.toISOString(),
      location: `${base}/Users/${m.id}`,
    },
  };
}

/** The SCIM User attributes Custodian keeps, as an identity provider sends them. */
export const scimUserInput = z
  .object({
    userName: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: "userName must be an email address" })),
    externalId: z.string().trim().max(256).optional().nullable(),
    displayName: z.string().trim().max(200).optional(),
    name: z
      .object({
        givenName: z.string().max(100).optional(),
        familyName: z.string().max(100).optional(),
        formatted: z.string().max(200).optional(),
      })
      .optional(),
    emails: z.array(z.object({ value: z.string(), primary: z.boolean().optional() })).optional(),
    active: z.boolean().optional(),
  })
  .loose();

export type ScimUserInput = z.infer<typeof scimUserInput>;

/** Member fields from a SCIM User. */
export function fromScimUser(u: ScimUserInput) {
  const firstName = u.name?.givenName?.trim() ?? "";
  const lastName = u.name?.familyName?.trim() ?? "";
  const displayName =
    u.displayName?.trim() || u.name?.formatted?.trim() || `${firstName} ${lastName}`.trim() || u.userName;
  return {
    email: u.userName,
    firstName,
    lastName,
    displayName,
    externalId: u.externalId ?? null,
    active: u.active ?? true,
  };
}
