// Every operation, by name. The isolation test walks this registry, and a test
// checks that every defineOperation in lib/ is listed here, so no operation can
// escape the permission matrix tests.
import { listChangeHistory } from "./audit/list-change-history";
import { createGroup } from "./groups/create-group";
import { deleteGroup } from "./groups/delete-group";
import { getGroup } from "./groups/get-group";
import { listGroupMembers } from "./groups/list-group-members";
import { listGroups } from "./groups/list-groups";
import { moveMembers } from "./groups/move-members";
import { updateGroup } from "./groups/update-group";
import { addPartner } from "./federation/add-partner";
import { acceptPartnership } from "./federation/accept-partnership";
import { rejectPartnership } from "./federation/reject-partnership";
import { resumePartner } from "./federation/resume-partner";
import { revokePartner } from "./federation/revoke-partner";
import { suspendPartner } from "./federation/suspend-partner";
import { decideFederationForService } from "./federation/decide-federation-for-service";
import { getPartner } from "./federation/get-partner";
import { listFederation } from "./federation/list-federation";
import { listGuests } from "./federation/list-guests";
import { getDashboard } from "./dashboard/get-dashboard";
import { listDevices } from "./devices/list-devices";
import { recordGuestContacts } from "./federation/record-guest-contacts";
import { blockGuest } from "./federation/block-guest";
import { unblockGuest } from "./federation/unblock-guest";
import { requestPartnership } from "./federation/request-partnership";
import { updateFederationSettings } from "./federation/update-federation-settings";
import { createLegalHold } from "./holds/create-legal-hold";
import { listLegalHolds } from "./holds/list-legal-holds";
import { previewLegalHold } from "./holds/preview-legal-hold";
import { releaseLegalHold } from "./holds/release-legal-hold";
import { getMemberSso } from "./member-sso/get-member-sso";
import { getEffectivePolicy } from "./retention/get-effective-policy";
import { getRetentionPolicy } from "./retention/get-retention-policy";
import { listPolicyVersions } from "./retention/list-policy-versions";
import { restorePolicyVersion } from "./retention/restore-policy-version";
import { listRetentionRuns } from "./retention/enforcement/list-retention-runs";
import { startRetentionRun } from "./retention/enforcement/start-retention-run";
import { setMemberException } from "./retention/set-member-exception";
import { updateMetadataRetention } from "./retention/update-metadata-retention";
import { updateComplianceRetention } from "./retention/update-compliance-retention";
import { updateLifetimeDefaults } from "./retention/update-lifetime-defaults";
import { exportMembers } from "./members/export-members";
import { getMember } from "./members/get-member";
import { inviteMember } from "./members/invite-member";
import { applyMemberImport } from "./members/import/apply-member-import";
import { getMemberImport } from "./members/import/get-member-import";
import { previewMemberImport } from "./members/import/preview-member-import";
import { listMembers } from "./members/list-members";
import { deactivateMembers } from "./members/deactivate-members";
import { deleteMembers } from "./members/delete-members";
import { reactivateMembers } from "./members/reactivate-members";
import { reinviteMembers } from "./members/reinvite-members";
import { resetMemberDevices } from "./members/reset-member-devices";
import { suspendMembers } from "./members/suspend-members";
import { testMemberSso } from "./member-sso/test-member-sso";
import { updateMemberSso } from "./member-sso/update-member-sso";
import { listScimUsers } from "./scim/list-scim-users";
import { getScimUser } from "./scim/get-scim-user";
import { createScimUser } from "./scim/create-scim-user";
import { replaceScimUser } from "./scim/replace-scim-user";
import { patchScimUser } from "./scim/patch-scim-user";
import { deleteScimUser } from "./scim/delete-scim-user";
import { listScimGroups } from "./scim/list-scim-groups";
import { getScimGroup } from "./scim/get-scim-group";
import { createScimGroup } from "./scim/create-scim-group";
import { replaceScimGroup } from "./scim/replace-scim-group";
import { patchScimGroup } from "./scim/patch-scim-group";
import { deleteScimGroup } from "./scim/delete-scim-group";
import { getEffectiveSettings } from "./service/get-effective-settings";
import { getServicePolicy } from "./service/get-service-policy";
import { listPolicyChanges } from "./service/list-policy-changes";
import { createTenant } from "./tenants/create-tenant";
import { deleteTenant } from "./tenants/delete-tenant";
import { reactivateTenant } from "./tenants/reactivate-tenant";
import { suspendTenant } from "./tenants/suspend-tenant";
import { updateNetworkSettings } from "./tenants/update-network-settings";
import { updateTenant } from "./tenants/update-tenant";
import { beginTotpEnrolment } from "./account/begin-totp-enrolment";
import { confirmTotpEnrolment } from "./account/confirm-totp-enrolment";
import { updateAccount } from "./account/update-account";
import { createAuditExport } from "./audit/export/create-audit-export";
import { downloadAuditExport } from "./audit/export/download-audit-export";
import { getAuditExport } from "./audit/export/get-audit-export";
import { listAuditExports } from "./audit/export/list-audit-exports";
import { verifyStoredExport } from "./audit/export/verify-stored-export";
import { searchAllAuditEvents } from "./audit/explorer/search-all-audit-events";
import { searchAuditEvents } from "./audit/explorer/search-audit-events";
import { getAuditEvent } from "./audit/get-audit-event";
import { pullAuditEvents } from "./audit/pull-audit-events";
import { createExportSchedule } from "./audit/schedules/create-export-schedule";
import { deleteExportSchedule } from "./audit/schedules/delete-export-schedule";
import { listExportSchedules } from "./audit/schedules/list-export-schedules";
import { rotateSigningKey } from "./signing/rotate-signing-key";
import { ingestServiceEvents } from "./service/events/ingest-service-events";
import { verifyTenantAuditChain } from "./audit/verify-tenant-audit-chain";
import { deactivateConsoleUser } from "./console-users/deactivate-console-user";
import { grantRole } from "./console-users/grant-role";
import { inviteConsoleUser } from "./console-users/invite-console-user";
import { listConsoleUsers } from "./console-users/list-console-users";
import { resetConsoleUserMfa } from "./console-users/reset-console-user-mfa";
import { revokeConsoleUserSessions } from "./console-users/revoke-console-user-sessions";
import { revokeRole } from "./console-users/revoke-role";
import { getPlatformSettings } from "./platform/get-platform-settings";
import { updatePlatformSettings } from "./platform/update-platform-settings";
import { listMySessions } from "./sessions/list-my-sessions";
import { revokeMySession } from "./sessions/revoke-my-session";
import { signOutEverywhere } from "./sessions/sign-out-everywhere";
import { createSsoConnection } from "./sso/create-sso-connection";
import { deleteSsoConnection } from "./sso/delete-sso-connection";
import { listSsoConnections } from "./sso/list-sso-connections";
import { getOverview } from "./tenants/get-overview";
import { getTenant } from "./tenants/get-tenant";
import { listTenants } from "./tenants/list-tenants";
import { updateTenantSecurity } from "./tenants/update-tenant-security";
import { createApiToken } from "./tokens/create-api-token";
import { listApiTokens } from "./tokens/list-api-tokens";
import { revokeApiToken } from "./tokens/revoke-api-token";

export const OPERATIONS = {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  updateAccount,
  searchAuditEvents,
  searchAllAuditEvents,
  getAuditEvent,
  pullAuditEvents,
  createAuditExport,
  listAuditExports,
  getAuditExport,
  downloadAuditExport,
  verifyStoredExport,
  createExportSchedule,
  listExportSchedules,
  deleteExportSchedule,
  rotateSigningKey,
  ingestServiceEvents,
  verifyTenantAuditChain,
  deactivateConsoleUser,
  grantRole,
  inviteConsoleUser,
  listConsoleUsers,
  resetConsoleUserMfa,
  revokeConsoleUserSessions,
  revokeRole,
  getPlatformSettings,
  updatePlatformSettings,
  listMySessions,
  revokeMySession,
  signOutEverywhere,
  createSsoConnection,
  deleteSsoConnection,
  listSsoConnections,
  getOverview,
  getTenant,
  listTenants,
  updateTenantSecurity,
  createApiToken,
  listApiTokens,
  revokeApiToken,
  listChangeHistory,
  createGroup,
  deleteGroup,
  getGroup,
  listGroups,
  listGroupMembers,
  moveMembers,
  updateGroup,
  getMemberSso,
  testMemberSso,
  updateMemberSso,
  getEffectiveSettings,
  createTenant,
  deleteTenant,
  reactivateTenant,
  suspendTenant,
  updateNetworkSettings,
  updateTenant,
  listMembers,
  getMember,
  inviteMember,
  exportMembers,
  previewMemberImport,
  applyMemberImport,
  getMemberImport,
  suspendMembers,
  reactivateMembers,
  resetMemberDevices,
  deactivateMembers,
  reinviteMembers,
  deleteMembers,
  listScimUsers,
  getScimUser,
  createScimUser,
  replaceScimUser,
  patchScimUser,
  deleteScimUser,
  listScimGroups,
  getScimGroup,
  createScimGroup,
  replaceScimGroup,
  patchScimGroup,
  deleteScimGroup,
  createLegalHold,
  releaseLegalHold,
  listLegalHolds,
  previewLegalHold,
  getRetentionPolicy,
  updateLifetimeDefaults,
  updateComplianceRetention,
  getEffectivePolicy,
  setMemberException,
  listPolicyVersions,
  restorePolicyVersion,
  updateMetadataRetention,
  startRetentionRun,
  listRetentionRuns,
  getServicePolicy,
  listPolicyChanges,
  updateFederationSettings,
  requestPartnership,
  acceptPartnership,
  rejectPartnership,
  suspendPartner,
  resumePartner,
  revokePartner,
  addPartner,
  listFederation,
  getPartner,
  decideFederationForService,
  recordGuestContacts,
  blockGuest,
  unblockGuest,
  listGuests,
  getDashboard,
  listDevices,
} as const;

export type OperationName = keyof typeof OPERATIONS;
