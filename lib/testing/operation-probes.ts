// A valid input for every operation in the registry, aimed at one network's
// objects, and the rows they name. The isolation test probes each operation
// with it as callers who must be refused (and as those who must get past the
// check); the legal-hold test as helpdesk, for anything a hold would leak.
import type { OperationName } from "@/lib/operations";
import { db } from "@/lib/db";
import {
  createApiTokenRow,
  createConsoleUser,
  createGroupRow,
  createMemberRow,
  createSession,
  createSsoConnectionRow,
  createTenant,
} from "./factories";

export interface ProbeFixture {
  tenantId: string;
  holdId: string;
  importId: string;
  groupId: string;
  otherGroupId: string;
  memberId: string;
  targetUserId: string;
  tokenId: string;
  sessionId: string;
  connectionId: string;
  partnerId: string;
  otherSlug: string;
  guestId: string;
  exportId: string;
  scheduleId: string;
}

// A valid input for each operation, aimed at network A's objects.
export const PROBES: Record<OperationName, (f: ProbeFixture) => unknown> = {
  beginTotpEnrolment: () => ({}),
  confirmTotpEnrolment: () => ({ code: "123456" }),
  updateAccount: () => ({ name: "Renamed", locale: "en" }),
  searchAuditEvents: (f) => ({ tenantId: f.tenantId }),
  searchAllAuditEvents: () => ({}),
  getAuditEvent: (f) => ({ tenantId: f.tenantId, seq: "1" }),
  pullAuditEvents: (f) => ({ tenantId: f.tenantId }),
  createAuditExport: (f) => ({ tenantId: f.tenantId, format: "csv" }),
  listAuditExports: (f) => ({ tenantId: f.tenantId }),
  getAuditExport: (f) => ({ tenantId: f.tenantId, exportId: f.exportId }),
  downloadAuditExport: (f) => ({ tenantId: f.tenantId, exportId: f.exportId, part: "file" }),
  verifyStoredExport: (f) => ({ tenantId: f.tenantId, exportId: f.exportId }),
  createExportSchedule: (f) => ({
    tenantId: f.tenantId,
    name: "Probe",
    format: "jsonl",
    cadence: "daily",
    target: "probe",
    keepDays: 7,
  }),
  listExportSchedules: (f) => ({ tenantId: f.tenantId }),
  deleteExportSchedule: (f) => ({ tenantId: f.tenantId, scheduleId: f.scheduleId }),
  rotateSigningKey: () => ({}),
  ingestServiceEvents: (f) => ({
    tenantId: f.tenantId,
    events: [{ id: "probe-1", type: "member.registered", memberId: f.memberId }],
  }),
  verifyTenantAuditChain: (f) => ({ tenantId: f.tenantId }),
  deactivateConsoleUser: (f) => ({ tenantId: f.tenantId, userId: f.targetUserId }),
  grantRole: (f) => ({ tenantId: f.tenantId, userId: f.targetUserId, role: "tenant_admin" }),
  inviteConsoleUser: (f) => ({
    tenantId: f.tenantId,
    email: "probe@example.test",
    name: "Probe",
    role: "tenant_admin",
  }),
  listConsoleUsers: (f) => ({ tenantId: f.tenantId }),
  resetConsoleUserMfa: (f) => ({ tenantId: f.tenantId, userId: f.targetUserId }),
  revokeConsoleUserSessions: (f) => ({ tenantId: f.tenantId, userId: f.targetUserId }),
  revokeRole: (f) => ({ tenantId: f.tenantId, userId: f.targetUserId }),
  getPlatformSettings: () => ({}),
  updatePlatformSettings: () => ({ requireMfa: true }),
  listMySessions: () => ({}),
  revokeMySession: (f) => ({ sessionId: f.sessionId }),
  signOutEverywhere: () => ({}),
  createSsoConnection: () => ({
    name: "Probe IdP",
    slug: "probe-idp",
    issuer: "https://idp.example.test",
    clientId: "probe",
    clientSecret: "probe-secret",
    roleMappings: [{ group: "g", tenantSlug: "acme-defense", role: "auditor" }],
  }),
  deleteSsoConnection: (f) => ({ connectionId: f.connectionId }),
  listSsoConnections: () => ({}),
  getOverview: () => ({}),
  getTenant: (f) => ({ tenantId: f.tenantId }),
  listTenants: () => ({ page: 1, pageSize: 25, sort: "name", dir: "asc" }),
  updateTenantSecurity: (f) => ({ tenantId: f.tenantId, requireMfa: true }),
  createApiToken: (f) => ({ tenantId: f.tenantId, name: "probe", scopes: ["audit.read"], expiresInDays: 30 }),
  listApiTokens: (f) => ({ tenantId: f.tenantId }),
  revokeApiToken: (f) => ({ tenantId: f.tenantId, tokenId: f.tokenId }),
  listChangeHistory: (f) => ({ tenantId: f.tenantId, targetType: "group", targetId: f.groupId }),
  createGroup: (f) => ({ tenantId: f.tenantId, name: "Probe group" }),
  deleteGroup: (f) => ({ tenantId: f.tenantId, groupId: f.otherGroupId }),
  getGroup: (f) => ({ tenantId: f.tenantId, groupId: f.groupId }),
  listGroups: (f) => ({ tenantId: f.tenantId }),
  listGroupMembers: (f) => ({ tenantId: f.tenantId, groupId: f.groupId }),
  moveMembers: (f) => ({ tenantId: f.tenantId, memberIds: [f.memberId], groupId: f.otherGroupId }),
  updateGroup: (f) => ({ tenantId: f.tenantId, groupId: f.groupId, name: "Renamed", settings: {} }),
  getMemberSso: (f) => ({ tenantId: f.tenantId }),
  testMemberSso: (f) => ({
    tenantId: f.tenantId,
    issuer: "https://idp.example.test",
    scopes: ["openid"],
    usernameClaim: "email",
  }),
  updateMemberSso: (f) => ({
    tenantId: f.tenantId,
    enabled: false,
    issuer: "https://idp.example.test",
    clientId: "c",
    clientSecret: "s",
    scopes: ["openid"],
    usernameClaim: "email",
    refreshGraceMinutes: 0,
  }),
  getEffectiveSettings: (f) => ({ tenantId: f.tenantId, memberId: f.memberId }),
  createTenant: () => ({ name: "Probe Co", slug: "probe-co", plan: "standard", region: "us-east-1" }),
  deleteTenant: (f) => ({ tenantId: f.tenantId, confirmSlug: "whatever" }),
  reactivateTenant: (f) => ({ tenantId: f.tenantId }),
  suspendTenant: (f) => ({ tenantId: f.tenantId }),
  updateNetworkSettings: (f) => ({ tenantId: f.tenantId, settings: { readReceipts: "forced" } }),
  listMembers: (f) => ({ tenantId: f.tenantId, q: "member" }),
  getMember: (f) => ({ tenantId: f.tenantId, memberId: f.memberId }),
  inviteMember: (f) => ({ tenantId: f.tenantId, email: "invitee@example.test" }),
  exportMembers: (f) => ({ tenantId: f.tenantId, status: ["active"] }),
  previewMemberImport: (f) => ({
    tenantId: f.tenantId,
    fileName: "x.csv",
    csv: "email,first name,last name,group\nx@example.test,X,Y,Default\n",
  }),
  applyMemberImport: (f) => ({ tenantId: f.tenantId, importId: f.importId }),
  getMemberImport: (f) => ({ tenantId: f.tenantId, importId: f.importId }),
  suspendMembers: (f) => ({ tenantId: f.tenantId, memberIds: [f.memberId] }),
  reactivateMembers: (f) => ({ tenantId: f.tenantId, memberIds: [f.memberId] }),
  resetMemberDevices: (f) => ({ tenantId: f.tenantId, memberIds: [f.memberId] }),
  deactivateMembers: (f) => ({ tenantId: f.tenantId, filter: { status: ["active"] } }),
  reinviteMembers: (f) => ({ tenantId: f.tenantId, memberIds: [f.memberId] }),
  deleteMembers: (f) => ({ tenantId: f.tenantId, memberIds: [f.memberId] }),
  listScimUsers: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", filter: 'userName sw "member"' }),
  getScimUser: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", id: f.memberId }),
  createScimUser: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", user: { userName: "new@example.test" } }),
  replaceScimUser: (f) => ({
    tenantId: f.tenantId,
    base: "http://x/scim",
    id: f.memberId,
    user: { userName: "renamed@example.test" },
  }),
  patchScimUser: (f) => ({
    tenantId: f.tenantId,
    base: "http://x/scim",
    id: f.memberId,
    patch: { Operations: [{ op: "replace", path: "active", value: false }] },
  }),
  deleteScimUser: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", id: f.memberId }),
  listScimGroups: (f) => ({ tenantId: f.tenantId, base: "http://x/scim" }),
  getScimGroup: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", id: f.groupId }),
  createScimGroup: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", group: { displayName: "Probe SCIM group" } }),
  replaceScimGroup: (f) => ({
    tenantId: f.tenantId,
    base: "http://x/scim",
    id: f.groupId,
    group: { displayName: "Renamed by SCIM", members: [{ value: f.memberId }] },
  }),
  patchScimGroup: (f) => ({
    tenantId: f.tenantId,
    base: "http://x/scim",
    id: f.groupId,
    patch: { Operations: [{ op: "add", path: "members", value: [{ value: f.memberId }] }] },
  }),
  deleteScimGroup: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", id: f.groupId }),
  createLegalHold: (f) => ({ tenantId: f.tenantId, name: "Probe hold", matter: "M-1", groupIds: [f.groupId] }),
  releaseLegalHold: (f) => ({ tenantId: f.tenantId, holdId: f.holdId, confirmShortening: true }),
  previewLegalHold: (f) => ({ tenantId: f.tenantId, name: "Probe hold", matter: "M-1", groupIds: [f.groupId] }),
  listLegalHolds: (f) => ({ tenantId: f.tenantId }),
  getRetentionPolicy: (f) => ({ tenantId: f.tenantId }),
  listPolicyVersions: (f) => ({ tenantId: f.tenantId }),
  restorePolicyVersion: (f) => ({ tenantId: f.tenantId, version: 1, confirmShortening: true }),
  updateLifetimeDefaults: (f) => ({ tenantId: f.tenantId, expirationMaxMinutes: 1440, burnOnReadMaxMinutes: 0 }),
  updateComplianceRetention: (f) => ({ tenantId: f.tenantId, preset: "finra_4511" }),
  getEffectivePolicy: (f) => ({ tenantId: f.tenantId, memberId: f.memberId }),
  setMemberException: (f) => ({
    tenantId: f.tenantId,
    memberId: f.memberId,
    expirationMaxMinutes: 60,
    burnOnReadMaxMinutes: null,
    confirmShortening: true,
  }),
  updateMetadataRetention: (f) => ({
    tenantId: f.tenantId,
    deactivatedMemberDays: 1,
    staleDeviceDays: 1,
    auditRetentionDays: 1,
    confirmPurge: true,
  }),
  startRetentionRun: (f) => ({ tenantId: f.tenantId }),
  listRetentionRuns: (f) => ({ tenantId: f.tenantId }),
  updateFederationSettings: (f) => ({ tenantId: f.tenantId, mode: "open", guestLapseDays: 30 }),
  requestPartnership: (f) => ({ tenantId: f.tenantId, partnerSlug: f.otherSlug }),
  acceptPartnership: (f) => ({ tenantId: f.tenantId, partnerId: f.partnerId }),
  rejectPartnership: (f) => ({ tenantId: f.tenantId, partnerId: f.partnerId }),
  suspendPartner: (f) => ({ tenantId: f.tenantId, partnerId: f.partnerId }),
  resumePartner: (f) => ({ tenantId: f.tenantId, partnerId: f.partnerId }),
  revokePartner: (f) => ({ tenantId: f.tenantId, partnerId: f.partnerId }),
  addPartner: (f) => ({
    tenantId: f.tenantId,
    relation: "deny",
    externalKey: "blocked.example",
    displayName: "Blocked",
  }),
  listFederation: (f) => ({ tenantId: f.tenantId }),
  getPartner: (f) => ({ tenantId: f.tenantId, partnerId: f.partnerId }),
  decideFederationForService: (f) => ({
    tenantId: f.tenantId,
    decisions: [{ target: { slug: f.otherSlug } }],
  }),
  recordGuestContacts: (f) => ({ tenantId: f.tenantId, contacts: [{ guestId: "g-1", network: "x.example" }] }),
  blockGuest: (f) => ({ tenantId: f.tenantId, guestId: f.guestId }),
  unblockGuest: (f) => ({ tenantId: f.tenantId, guestId: f.guestId }),
  listGuests: (f) => ({ tenantId: f.tenantId }),
  getDashboard: (f) => ({ tenantId: f.tenantId }),
  listDevices: (f) => ({ tenantId: f.tenantId }),
  getServicePolicy: (f) => ({ tenantId: f.tenantId, memberId: f.memberId }),
  listPolicyChanges: (f) => ({ tenantId: f.tenantId, cursor: "0" }),
  updateTenant: (f) => ({ tenantId: f.tenantId, name: "Renamed Co", plan: "premium", region: "eu-central-1" }),
};

/** Two networks, A (every probe's target, with one of each object) and B (another network to link to). */
export async function createProbeFixture(names = { a: "Isolation A", b: "Isolation B" }) {
  const a = await createTenant(names.a);
  const b = await createTenant(names.b);
  const target = await createConsoleUser({ grants: [[a.id, "helpdesk"]] });
  const token = await createApiTokenRow(a.id, ["audit.read"]);
  const session = await createSession(target.id);
  const connection = await createSsoConnectionRow();
  const group = await createGroupRow(a.id, "Probe target");
  const otherGroup = await createGroupRow(a.id, "Probe other");
  const member = await createMemberRow(a.id, group.id);
  const pendingImport = await db.memberImport.create({
    data: { tenantId: a.id, fileName: "probe.csv", sha256: "0", rows: [], report: { errors: 0 }, total: 0 },
  });
  const hold = await db.legalHold.create({ data: { tenantId: a.id, name: "Probe", matter: "P-1" } });
  await db.retentionPolicyVersion.create({
    data: { tenantId: a.id, version: 1, expirationMaxMinutes: 60, burnOnReadMaxMinutes: 0 },
  });
  const partner = await db.federationPartner.create({
    data: { tenantId: a.id, partnerTenantId: b.id, relation: "allow", status: "pending", displayName: b.name },
  });
  const guest = await db.guest.create({
    data: { tenantId: a.id, externalId: "probe-guest", network: "x.example", lastContactAt: new Date() },
  });
  const auditExport = await db.auditExport.create({
    data: { tenantId: a.id, format: "csv", filter: {}, requestedByLabel: "probe" },
  });
  const schedule = await db.auditExportSchedule.create({
    data: {
      tenantId: a.id,
      name: "Probe schedule",
      format: "csv",
      filter: {},
      cadence: "daily",
      target: "probe",
      keepDays: 7,
      nextRunAt: new Date(Date.now() + 86_400_000),
    },
  });
  const fixture: ProbeFixture = {
    exportId: auditExport.id,
    scheduleId: schedule.id,
    guestId: guest.id,
    partnerId: partner.id,
    otherSlug: b.slug,
    tenantId: a.id,
    holdId: hold.id,
    importId: pendingImport.id,
    groupId: group.id,
    otherGroupId: otherGroup.id,
    memberId: member.id,
    targetUserId: target.id,
    tokenId: token.id,
    sessionId: session.id,
    connectionId: connection.id,
  };
  return { fixture, otherTenantId: b.id };
}
