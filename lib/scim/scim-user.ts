import { z } from "zod";
import { emailAddress } from "@/lib/validation/email-address";
import { ScimError, scimInvalid } from "./scim-error";
import { ENTERPRISE_SCHEMA, USER_SCHEMA } from "./scim-schema";
import { type ScimProfile, scimProfileSchema } from "@/lib/members/scim-profile";

export interface MemberForScim {
  id: string;
  email: string;
  userName: string | null;
  firstName: string;
  lastName: string;
  displayName: string;
  status: string;
  externalId: string | null;
  scimProfile: unknown;
  createdAt: Date;
  updatedAt: Date;
}

const ENTERPRISE_KEYS = ["employeeNumber", "costCenter", "organization", "division", "department"] as const;
const CORE_PROFILE_KEYS = ["nickName", "title", "preferredLanguage", "locale", "timezone"] as const;

/** A member as a SCIM User (active: not suspended or deactivated). */
export function toScimUser(
  m: MemberForScim,
  base: string,
  group?: { id: string; name: string },
  manager?: { displayName: string } | null,
) {
  const profile = scimProfileSchema.catch({}).parse(m.scimProfile ?? {});
  const enterprise: Record<string, unknown> = {};
  for (const k of ENTERPRISE_KEYS) if (profile[k]) enterprise[k] = profile[k];
  if (profile.managerId)
    enterprise.manager = {
      value: profile.managerId,
      $ref: `${base}/Users/${profile.managerId}`,
      ...(manager ? { displayName: manager.displayName } : {}),
    };
  const core: Record<string, unknown> = {};
  for (const k of CORE_PROFILE_KEYS) if (profile[k]) core[k] = profile[k];
  const hasEnterprise = Object.keys(enterprise).length > 0;
  return {
    schemas: hasEnterprise ? [USER_SCHEMA, ENTERPRISE_SCHEMA] : [USER_SCHEMA],
    id: m.id,
    ...(m.externalId ? { externalId: m.externalId } : {}),
    userName: m.userName ?? m.email,
    name: {
      givenName: m.firstName,
      familyName: m.lastName,
      formatted: `${m.firstName} ${m.lastName}`.trim(),
    },
    displayName: m.displayName,
    ...core,
    emails: [{ value: m.email, type: "work", primary: true }],
    active: m.status === "active" || m.status === "pending",
    ...(group ? { groups: [{ value: group.id, display: group.name, $ref: `${base}/Groups/${group.id}` }] } : {}),
    ...(hasEnterprise ? { [ENTERPRISE_SCHEMA]: enterprise } : {}),
    meta: {
      resourceType: "User",
      created: m.createdAt.toISOString(),
      lastModified: m.updatedAt.toISOString(),
      location: `${base}/Users/${m.id}`,
    },
  };
}

const text = (max: number) =>
  z
    .string({ message: "expected a string" })
    .trim()
    .max(max, `at most ${max.toLocaleString("en-US")} characters`);

/** Entra ID sends booleans as "True" / "False": read those as the booleans they mean. */
export const scimBoolean = z.preprocess(
  (v) => (typeof v === "string" && /^(true|false)$/i.test(v.trim()) ? v.trim().toLowerCase() === "true" : v),
  z.boolean({ message: "expected true or false" }),
);

const email = z
  .object({
    value: text(254),
    type: text(32).nullish(),
    primary: scimBoolean.nullish(),
    display: text(254).nullish(),
  })
  .loose();

const manager = z.union([
  // Entra ID sends the manager as a bare id.
  text(256).transform((value) => ({ value })),
  z.object({ value: text(256).nullish(), displayName: text(256).nullish() }).loose(),
]);

/**
 * A SCIM User document as identity providers send it (POST, PUT, and the
 * result of a PATCH). Every string has a maximum length; attributes not
 * listed here are accepted and not kept.
 */
export const scimUserDocument = z
  .object({
    userName: z
      .string({ message: "userName is required" })
      .trim()
      .min(1, "userName is required")
      .max(256, "at most 256 characters"),
    externalId: text(256).nullish(),
    displayName: text(200).nullish(),
    nickName: text(256).nullish(),
    title: text(256).nullish(),
    preferredLanguage: text(64).nullish(),
    locale: text(64).nullish(),
    timezone: text(64).nullish(),
    name: z
      .object({ givenName: text(100).nullish(), familyName: text(100).nullish(), formatted: text(256).nullish() })
      .loose()
      .nullish(),
    emails: z.array(email).max(20, "at most 20 addresses").nullish(),
    active: scimBoolean.nullish(),
    [ENTERPRISE_SCHEMA]: z
      .object({
        employeeNumber: text(64).nullish(),
        costCenter: text(128).nullish(),
        organization: text(256).nullish(),
        division: text(256).nullish(),
        department: text(256).nullish(),
        manager: manager.nullish(),
      })
      .loose()
      .nullish(),
  })
  .loose();

export type ScimUserDocument = z.infer<typeof scimUserDocument>;

/** The member fields a SCIM User sets. */
export interface ScimUserFields {
  email: string;
  userName: string;
  firstName: string;
  lastName: string;
  displayName: string;
  externalId: string | null;
  /** undefined: the document did not say (a PUT without `active` leaves the status as it is). */
  active: boolean | undefined;
  scimProfile: ScimProfile;
}

const KNOWN = [
  "schemas",
  "id",
  "meta",
  "userName",
  "externalId",
  "displayName",
  "nickName",
  "title",
  "preferredLanguage",
  "locale",
  "timezone",
  "name",
  "emails",
  "active",
  "groups",
  ENTERPRISE_SCHEMA,
];

/** Attribute names are case-insensitive (RFC 7643 §2.1): spell the known ones as the schema does. */
export function canonicalKeys(doc: Record<string, unknown>, known: readonly string[] = KNOWN): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    const canonical = known.find((n) => n.toLowerCase() === k.toLowerCase()) ?? k;
    out[canonical] = v;
  }
  if (out.name && typeof out.name === "object" && !Array.isArray(out.name))
    out.name = canonicalKeys(out.name as Record<string, unknown>, ["givenName", "familyName", "formatted"]);
  return out;
}

/** The one address Custodian keeps: the primary, else the work one, else the first. */
function chosenEmail(doc: ScimUserDocument): { value: string; index: number } | null {
  const list = doc.emails ?? [];
  let index = list.findIndex((e) => e.primary === true);
  if (index < 0) index = list.findIndex((e) => e.type?.toLowerCase() === "work");
  if (index < 0 && list.length) index = 0;
  return index >= 0 ? { value: list[index]!.value, index } : null;
}

const emailCheck = emailAddress("expected an email address");

/** Reads a SCIM User document (already canonical) into member fields, or a 400 invalidValue naming the attribute. */
export function readScimUser(raw: unknown): ScimUserFields {
  const parsed = scimUserDocument.safeParse(
    raw && typeof raw === "object" && !Array.isArray(raw) ? canonicalKeys(raw as Record<string, unknown>) : raw,
  );
  if (!parsed.success) throw scimInvalid(parsed.error);
  const doc = parsed.data;
  const picked = chosenEmail(doc);
  const candidate = picked?.value ?? doc.userName;
  const checked = emailCheck.safeParse(candidate);
  if (!checked.success)
    throw new ScimError(
      400,
      "invalidValue",
      picked
        ? `emails[${picked.index}].value: ${checked.error.issues[0]!.message}`
        : "emails: a member needs an email address (their messenger sign-in name): send emails, or a userName that is an email address",
    );
  const firstName = doc.name?.givenName ?? "";
  const lastName = doc.name?.familyName ?? "";
  const ext = doc[ENTERPRISE_SCHEMA];
  const profile: ScimProfile = {};
  const set = (k: keyof ScimProfile, v: string | null | undefined) => {
    if (v) profile[k] = v;
  };
  for (const k of CORE_PROFILE_KEYS) set(k, doc[k]);
  for (const k of ENTERPRISE_KEYS) set(k, ext?.[k]);
  set("managerId", ext?.manager?.value);
  return {
    email: checked.data,
    userName: doc.userName,
    firstName,
    lastName,
    displayName: (doc.displayName || doc.name?.formatted || `${firstName} ${lastName}`.trim() || doc.userName).slice(
      0,
      200,
    ),
    externalId: doc.externalId || null,
    active: doc.active ?? undefined,
    scimProfile: profile,
  };
}
