/**
 * Why an operation lacks a door, for the reasons many share. An operation's
 * spec says `api: { none: NO_DOOR.PLATFORM }` or `ui: { none: NO_DOOR.SCIM }`;
 * a reason of its own is written there as a sentence.
 */
export const NO_DOOR = {
  OWN_ACCOUNT: "a person's own account and sessions: an API token is not a person",
  NO_ESCALATION: "token scopes exclude console users and tokens, so a leaked token cannot mint more access",
  PLATFORM: "a platform operator's operation; an API token belongs to one network",
  SERVICE: "the messaging service's own API (/api/service/v1), not an admin's",
  SCIM: "SCIM 2.0 provisioning by an identity provider (/api/scim/v2)",
} as const;
