import { enqueueRetentionRun } from "@/lib/retention/enforcement/retention-jobs";
import { runMemberImport } from "@/lib/members/import/run-member-import";
import { MAX_IMPORT_BYTES } from "@/lib/members/import/import-limits";
import type { OperationName } from "@/lib/operations";

export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiRoute {
  method: ApiMethod;
  /** Under /api/v1; {name} segments become the operation's input fields of that name. */
  path: string;
  operation: OperationName;
  summary: string;
  /**
   * For an update: the read whose answer is the object's current version (its
   * ETag), when it is not the GET of the same path. If-Match is checked against it.
   */
  version?: { operation: OperationName; path: string };
  /**
   * A route that also takes a file as its raw body (streamed, up to maxBytes),
   * instead of JSON: the body becomes input `field`, the query's `nameParam`
   * the file's name. JSON bodies to it may be as large, once escaped.
   */
  upload?: { field: string; nameParam: string; types: readonly string[]; maxBytes: number };
  /** Work to start once the operation has committed (the UI's server action does the same). */
  after?: (result: unknown, input: Record<string, unknown>) => Promise<void> | void;
}

const T = "/tenants/{tenantId}";

/**
 * The admin API, one route per operation, served by one door
 * (app/api/v1/[...path]) through the same operations as the UI. The OpenAPI
 * document is generated from this list and each operation's zod schema, and
 * the parity test fails when an operation with a UI door has no route here (or
 * an exemption with its reason). Routes with their own file (streamed
 * downloads, exports) are listed in EXPLICIT_ROUTES.
 */
export const API_ROUTES: ApiRoute[] = [
  // networks
  { method: "GET", path: T, operation: "getTenant", summary: "Read a network" },
  {
    method: "PUT",
    path: `${T}/security`,
    operation: "updateTenantSecurity",
    summary: "Require MFA for the network's console users",
    version: { operation: "getTenant", path: T },
  },
  {
    method: "PUT",
    path: `${T}/settings`,
    operation: "updateNetworkSettings",
    summary: "Replace the network's messaging settings",
    version: { operation: "getTenant", path: T },
  },
  {
    method: "GET",
    path: `${T}/dashboard`,
    operation: "getDashboard",
    summary: "The dashboard's figures (pre-aggregated; UTC periods)",
  },
  { method: "GET", path: `${T}/devices`, operation: "listDevices", summary: "Devices by platform, version, status" },
  { method: "GET", path: `${T}/history`, operation: "listChangeHistory", summary: "Recent changes to one object" },
  // security groups
  { method: "GET", path: `${T}/groups`, operation: "listGroups", summary: "List security groups" },
  { method: "POST", path: `${T}/groups`, operation: "createGroup", summary: "Create a security group" },
  { method: "GET", path: `${T}/groups/{groupId}`, operation: "getGroup", summary: "Read a security group" },
  {
    method: "PATCH",
    path: `${T}/groups/{groupId}`,
    operation: "updateGroup",
    summary: "Update a group's name and settings",
  },
  {
    method: "DELETE",
    path: `${T}/groups/{groupId}`,
    operation: "deleteGroup",
    summary: "Delete a group, moving its members",
  },
  {
    method: "GET",
    path: `${T}/groups/{groupId}/members`,
    operation: "listGroupMembers",
    summary: "List a group's members",
  },
  // members
  { method: "GET", path: `${T}/members`, operation: "listMembers", summary: "List members (filters, keyset cursor)" },
  { method: "POST", path: `${T}/members`, operation: "inviteMember", summary: "Invite a member" },
  {
    method: "GET",
    path: `${T}/members/{memberId}`,
    operation: "getMember",
    summary: "Read a member with devices and holds",
  },
  { method: "POST", path: `${T}/members/move`, operation: "moveMembers", summary: "Move members to a group" },
  {
    method: "POST",
    path: `${T}/members/suspend`,
    operation: "suspendMembers",
    summary: "Suspend members (ids or filter)",
  },
  { method: "POST", path: `${T}/members/reactivate`, operation: "reactivateMembers", summary: "Reactivate members" },
  { method: "POST", path: `${T}/members/deactivate`, operation: "deactivateMembers", summary: "Deactivate members" },
  {
    method: "POST",
    path: `${T}/members/delete`,
    operation: "deleteMembers",
    summary: "Delete members (refused under a hold)",
  },
  { method: "POST", path: `${T}/members/reinvite`, operation: "reinviteMembers", summary: "Send invitations again" },
  {
    method: "POST",
    path: `${T}/members/reset-devices`,
    operation: "resetMemberDevices",
    summary: "Reset members' devices",
  },
  {
    method: "GET",
    path: `${T}/members/{memberId}/policy`,
    operation: "getEffectivePolicy",
    summary: "A member's effective retention",
  },
  {
    method: "PUT",
    path: `${T}/members/{memberId}/exception`,
    operation: "setMemberException",
    summary: "Set a member's lifetime exception",
  },
  {
    method: "POST",
    path: `${T}/member-imports`,
    operation: "previewMemberImport",
    summary: "Check a CSV of members (dry run)",
    upload: {
      field: "csv",
      nameParam: "fileName",
      types: ["text/csv", "application/csv"],
      maxBytes: MAX_IMPORT_BYTES,
    },
  },
  {
    method: "GET",
    path: `${T}/member-imports/{importId}`,
    operation: "getMemberImport",
    summary: "An import's report and progress",
  },
  {
    method: "POST",
    path: `${T}/member-imports/{importId}/apply`,
    operation: "applyMemberImport",
    summary: "Apply a checked import",
    after: (_r, input) => void runMemberImport(String(input.tenantId), String(input.importId)).catch(() => {}),
  },
  { method: "GET", path: `${T}/member-sso`, operation: "getMemberSso", summary: "Members' sign-in provider" },
  {
    method: "PUT",
    path: `${T}/member-sso`,
    operation: "updateMemberSso",
    summary: "Configure members' sign-in provider",
  },
  {
    method: "POST",
    path: `${T}/member-sso/test`,
    operation: "testMemberSso",
    summary: "Test an OpenID provider's configuration",
  },
  // retention and holds
  { method: "GET", path: `${T}/retention`, operation: "getRetentionPolicy", summary: "The retention policy" },
  {
    method: "PUT",
    path: `${T}/retention/lifetime`,
    operation: "updateLifetimeDefaults",
    summary: "Message lifetime defaults",
    version: { operation: "getRetentionPolicy", path: `${T}/retention` },
  },
  {
    method: "PUT",
    path: `${T}/retention/compliance`,
    operation: "updateComplianceRetention",
    summary: "Compliance retention",
    version: { operation: "getRetentionPolicy", path: `${T}/retention` },
  },
  {
    method: "PUT",
    path: `${T}/retention/metadata`,
    operation: "updateMetadataRetention",
    summary: "Console metadata retention",
    version: { operation: "getRetentionPolicy", path: `${T}/retention` },
  },
  { method: "GET", path: `${T}/retention/versions`, operation: "listPolicyVersions", summary: "Policy versions" },
  {
    method: "POST",
    path: `${T}/retention/versions/{version}/restore`,
    operation: "restorePolicyVersion",
    summary: "Restore a policy version",
  },
  { method: "GET", path: `${T}/retention/runs`, operation: "listRetentionRuns", summary: "Enforcement runs" },
  {
    method: "POST",
    path: `${T}/retention/runs`,
    operation: "startRetentionRun",
    summary: "Start an enforcement run",
    after: (result, input) => enqueueRetentionRun(String(input.tenantId), (result as { runId: string }).runId),
  },
  { method: "GET", path: `${T}/holds`, operation: "listLegalHolds", summary: "Legal holds" },
  { method: "POST", path: `${T}/holds`, operation: "createLegalHold", summary: "Place a legal hold" },
  { method: "POST", path: `${T}/holds/preview`, operation: "previewLegalHold", summary: "Who a hold would retain" },
  {
    method: "POST",
    path: `${T}/holds/{holdId}/release`,
    operation: "releaseLegalHold",
    summary: "Release a legal hold",
  },
  // federation
  {
    method: "GET",
    path: `${T}/federation`,
    operation: "listFederation",
    summary: "Federation mode, partners, requests",
  },
  {
    method: "PUT",
    path: `${T}/federation/settings`,
    operation: "updateFederationSettings",
    summary: "Federation mode",
    version: { operation: "listFederation", path: `${T}/federation` },
  },
  {
    method: "POST",
    path: `${T}/federation/partners`,
    operation: "addPartner",
    summary: "Add an external partner or a deny",
  },
  {
    method: "POST",
    path: `${T}/federation/requests`,
    operation: "requestPartnership",
    summary: "Ask another network to federate",
  },
  {
    method: "GET",
    path: `${T}/federation/partners/{partnerId}`,
    operation: "getPartner",
    summary: "A partner with both sides' history",
  },
  {
    method: "POST",
    path: `${T}/federation/partners/{partnerId}/accept`,
    operation: "acceptPartnership",
    summary: "Accept a request",
  },
  {
    method: "POST",
    path: `${T}/federation/partners/{partnerId}/reject`,
    operation: "rejectPartnership",
    summary: "Reject a request",
  },
  {
    method: "POST",
    path: `${T}/federation/partners/{partnerId}/suspend`,
    operation: "suspendPartner",
    summary: "Suspend a link",
  },
  {
    method: "POST",
    path: `${T}/federation/partners/{partnerId}/resume`,
    operation: "resumePartner",
    summary: "Resume a link",
  },
  {
    method: "POST",
    path: `${T}/federation/partners/{partnerId}/revoke`,
    operation: "revokePartner",
    summary: "Revoke a link",
  },
  { method: "GET", path: `${T}/guests`, operation: "listGuests", summary: "Guests" },
  { method: "POST", path: `${T}/guests/{guestId}/block`, operation: "blockGuest", summary: "Block a guest" },
  { method: "POST", path: `${T}/guests/{guestId}/unblock`, operation: "unblockGuest", summary: "Unblock a guest" },
  // the audit log
  {
    method: "GET",
    path: `${T}/audit-events/{seq}`,
    operation: "getAuditEvent",
    summary: "One event and its place in the chain",
  },
  {
    method: "POST",
    path: `${T}/audit/verify`,
    operation: "verifyTenantAuditChain",
    summary: "Verify the chain and digests",
  },
  {
    method: "POST",
    path: `${T}/audit-exports/{exportId}/verify`,
    operation: "verifyStoredExport",
    summary: "Verify an export",
  },
  { method: "GET", path: `${T}/audit-exports`, operation: "listAuditExports", summary: "Audit exports, newest first" },
  {
    method: "GET",
    path: `${T}/audit-export-schedules`,
    operation: "listExportSchedules",
    summary: "Scheduled exports",
  },
  {
    method: "POST",
    path: `${T}/audit-export-schedules`,
    operation: "createExportSchedule",
    summary: "Schedule an export",
  },
  {
    method: "DELETE",
    path: `${T}/audit-export-schedules/{scheduleId}`,
    operation: "deleteExportSchedule",
    summary: "Delete a schedule",
  },
];

/** Routes with a file of their own under app/api (they stream, or hand work to the job queue). */
export const EXPLICIT_ROUTES: {
  method: ApiMethod;
  path: string;
  operation: OperationName;
  summary: string;
  file: string;
}[] = [
  {
    method: "GET",
    path: `${T}/members/export`,
    operation: "exportMembers",
    summary: "The member directory as CSV",
    file: "app/api/v1/tenants/[tenantId]/members/export/route.ts",
  },
  {
    method: "GET",
    path: `${T}/audit-events`,
    operation: "searchAuditEvents",
    summary: "Search the audit log",
    file: "app/api/v1/tenants/[tenantId]/audit-events/route.ts",
  },
  {
    method: "POST",
    path: `${T}/audit-exports`,
    operation: "createAuditExport",
    summary: "Export a filtered audit log (CSV or JSON Lines)",
    file: "app/api/v1/tenants/[tenantId]/audit-exports/route.ts",
  },
  {
    method: "GET",
    path: `${T}/audit-exports/{exportId}`,
    operation: "getAuditExport",
    summary: "An export's progress and signed manifest",
    file: "app/api/v1/tenants/[tenantId]/audit-exports/[exportId]/route.ts",
  },
  {
    method: "GET",
    path: `${T}/audit-exports/{exportId}/{part}`,
    operation: "downloadAuditExport",
    summary: "Download an export's file or manifest",
    file: "app/api/v1/tenants/[tenantId]/audit-exports/[exportId]/[part]/route.ts",
  },
  {
    method: "GET",
    path: "/audit/events",
    operation: "pullAuditEvents",
    summary: "The audit log as a feed, for a SIEM",
    file: "app/api/v1/audit/events/route.ts",
  },
];
