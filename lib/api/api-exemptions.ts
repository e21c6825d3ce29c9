import type { OperationName } from "@/lib/operations";

const OWN_ACCOUNT = "a person's own account and sessions: an API token is not a person";
const NO_ESCALATION = "token scopes exclude console users and tokens, so a leaked token cannot mint more access";
const PLATFORM = "a platform operator's operation; an API token belongs to one network";

/** Operations the console offers and the admin API does not, each with its reason. */
export const UI_ONLY: Partial<Record<OperationName, string>> = {
  beginTotpEnrolment: OWN_ACCOUNT,
  confirmTotpEnrolment: OWN_ACCOUNT,
  updateAccount: OWN_ACCOUNT,
  listMySessions: OWN_ACCOUNT,
  revokeMySession: OWN_ACCOUNT,
  signOutEverywhere: OWN_ACCOUNT,
  listApiTokens: NO_ESCALATION,
  createApiToken: NO_ESCALATION,
  revokeApiToken: NO_ESCALATION,
  listConsoleUsers: NO_ESCALATION,
  inviteConsoleUser: NO_ESCALATION,
  grantRole: NO_ESCALATION,
  revokeRole: NO_ESCALATION,
  deactivateConsoleUser: NO_ESCALATION,
  resetConsoleUserMfa: NO_ESCALATION,
  revokeConsoleUserSessions: NO_ESCALATION,
  listTenants: PLATFORM,
  updateTenant: PLATFORM,
  createTenant: PLATFORM,
  suspendTenant: PLATFORM,
  reactivateTenant: PLATFORM,
  deleteTenant: PLATFORM,
  getOverview: PLATFORM,
  createSsoConnection: PLATFORM,
  deleteSsoConnection: PLATFORM,
  listSsoConnections: PLATFORM,
  getPlatformSettings: PLATFORM,
  updatePlatformSettings: PLATFORM,
  rotateSigningKey: PLATFORM,
  searchAllAuditEvents: PLATFORM,
};

const SERVICE = "the messaging service's own API (/api/service/v1), not an admin's";
const SCIM = "SCIM 2.0 provisioning by an identity provider (/api/scim/v2)";

/** Operations only machines call, each with its reason. */
export const API_ONLY: Partial<Record<OperationName, string>> = {
  getEffectiveSettings: SERVICE,
  getServicePolicy: SERVICE,
  listPolicyChanges: SERVICE,
  recordGuestContacts: SERVICE,
  ingestServiceEvents: SERVICE,
  decideFederationForService: SERVICE,
  pullAuditEvents: "a SIEM's feed; people read the same log in the audit explorer",
  getAuditExport: "a script polling one export; the console's exports list shows the same progress and manifest",
  listScimUsers: SCIM,
  getScimUser: SCIM,
  createScimUser: SCIM,
  replaceScimUser: SCIM,
  patchScimUser: SCIM,
  deleteScimUser: SCIM,
  listScimGroups: SCIM,
  getScimGroup: SCIM,
  createScimGroup: SCIM,
  replaceScimGroup: SCIM,
  patchScimGroup: SCIM,
  deleteScimGroup: SCIM,
};
