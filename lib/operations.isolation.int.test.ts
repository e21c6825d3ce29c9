// The isolation matrix: every operation × every caller who must not pass. A user
// of another network, each lesser role of the network, and machine tokens are
// denied, and the database is left exactly as it was (but for the audit event
// recording the denial). Complete by construction: an operation missing from
// PROBES fails the first test.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { OPERATIONS, type OperationName } from "@/lib/operations";
import { definedOperations } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { type Ctx, can } from "@/lib/rbac/actor";
import { TENANT_PERMISSIONS, TENANT_ROLES, type TenantPermission } from "@/lib/rbac/permissions";
import {
  createApiTokenRow,
  createConsoleUser,
  createGroupRow,
  createMemberRow,
  createSession,
  createTenant,
  createSsoConnectionRow,
  ctxForToken,
  ctxForUser,
} from "@/lib/testing/factories";

interface Fixture {
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
const PROBES: Record<OperationName, (f: Fixture) => unknown> = {
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
  scimListUsers: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", filter: 'userName sw "member"' }),
  scimGetUser: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", id: f.memberId }),
  scimCreateUser: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", user: { userName: "new@example.test" } }),
  scimReplaceUser: (f) => ({
    tenantId: f.tenantId,
    base: "http://x/scim",
    id: f.memberId,
    user: { userName: "renamed@example.test" },
  }),
  scimPatchUser: (f) => ({
    tenantId: f.tenantId,
    base: "http://x/scim",
    id: f.memberId,
    Operations: [{ op: "replace", path: "active", value: false }],
  }),
  scimDeleteUser: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", id: f.memberId }),
  scimListGroups: (f) => ({ tenantId: f.tenantId, base: "http://x/scim" }),
  scimGetGroup: (f) => ({ tenantId: f.tenantId, base: "http://x/scim", id: f.groupId }),
  scimPatchGroup: (f) => ({
    tenantId: f.tenantId,
    base: "http://x/scim",
    id: f.groupId,
    Operations: [{ op: "add", path: "members", value: [{ value: f.memberId }] }],
  }),
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

const TABLES = [
  "Tenant",
  "ConsoleUser",
  "RoleGrant",
  "ApiToken",
  "ConsoleSession",
  "SsoConnection",
  "RecoveryCode",
  "PlatformSetting",
  "ConsoleIdentity",
  "RetentionPolicy",
  "RetentionRun",
  "AuditCheckpoint",
  "Member",
  "Device",
  "FederationPartner",
  "Guest",
  "AuditExport",
  "AuditExportSchedule",
  "AuditDigest",
  "SigningKey",
  "ServiceEvent",
  "TenantCount",
  "ActivityCount",
];

/** A digest of every table an operation could change, audit log excluded. */
async function snapshot(): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const [row] = await db.$queryRawUnsafe<{ d: string | null }[]>(
      `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS d FROM "${table}" x`,
    );
    parts.push(`${table}:${row?.d}`);
  }
  return parts.join(",");
}

async function deniedCount(): Promise<number> {
  return db.auditEvent.count({ where: { outcome: "denied" } });
}

let fixture: Fixture;
const callers: { label: string; ctx: Ctx }[] = [];
let probes = 0;

beforeAll(async () => {
  const a = await createTenant("Isolation A");
  const b = await createTenant("Isolation B");
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
  fixture = {
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

  // Another network's strongest role, and its token with every scope a token may hold.
  const otherAdmin = await createConsoleUser({ grants: [[b.id, "tenant_admin"]] });
  callers.push({ label: "tenant_admin of another network", ctx: await ctxForUser(otherAdmin.id) });
  const otherToken = await createApiTokenRow(b.id, [...TENANT_PERMISSIONS]);
  callers.push({ label: "all-scope token of another network", ctx: ctxForToken(otherToken) });
  // Every role in network A itself; each is probed only where it lacks the permission.
  for (const role of TENANT_ROLES) {
    const u = await createConsoleUser({ grants: [[a.id, role]] });
    callers.push({ label: `${role} of the network`, ctx: await ctxForUser(u.id) });
  }
  // A token of network A with no scopes at all.
  callers.push({ label: "scope-less token of the network", ctx: ctxForToken(await createApiTokenRow(a.id, [])) });
});

afterAll(() => {
  console.log(`isolation matrix: ${probes} denied probes across ${Object.keys(OPERATIONS).length} operations`);
});

describe("the isolation matrix", () => {
  it("has a probe for every operation, and every operation is in the registry", async () => {
    expect(Object.keys(OPERATIONS).filter((name) => !(name in PROBES))).toEqual([]);
    // Load every module of lib/ (but test support), so every defineOperation has
    // run, however it was written (inline, or by a factory such as memberAction);
    // then each operation defined must be one the registry holds.
    const modules: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const p = path.join(dir, entry);
        if (entry === "generated" || entry === "testing") continue;
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) && !entry.endsWith(".d.ts")) modules.push(p);
      }
    };
    walk(path.join(process.cwd(), "lib"));
    for (const m of modules) await import(m);
    const registered = new Set<unknown>(Object.values(OPERATIONS));
    const defined = definedOperations();
    expect(defined.length).toBeGreaterThanOrEqual(registered.size);
    expect(defined.filter((op) => !registered.has(op)).map((op) => op.spec.name)).toEqual([]);
  });

  for (const name of Object.keys(PROBES) as OperationName[]) {
    it(`${name}: everyone without the permission is denied, and nothing changes`, async () => {
      const operation = OPERATIONS[name] as unknown as ((ctx: Ctx, raw: unknown) => Promise<unknown>) & {
        spec: { permission: string; tenantOf?: unknown };
      };
      const { permission } = operation.spec;
      const input = PROBES[name](fixture);
      let deniedHere = 0;
      for (const caller of callers) {
        const allowed =
          permission === "signed_in"
            ? caller.ctx.actor.type === "console_user"
            : can(caller.ctx.actor, permission as TenantPermission, fixture.tenantId);
        if (allowed) continue;
        const before = await snapshot();
        const deniedBefore = await deniedCount();
        const error = await operation(caller.ctx, input).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${name} as ${caller.label}`).toBeInstanceOf(OperationError);
        expect(["forbidden", "not_found"], `${name} as ${caller.label}`).toContain((error as OperationError).kind);
        expect(await snapshot(), `${name} as ${caller.label} changed data`).toBe(before);
        expect(await deniedCount(), `${name} as ${caller.label} was not audited`).toBe(deniedBefore + 1);
        deniedHere++;
        probes++;
      }
      // Every operation is closed to someone: at least the machine tokens.
      expect(deniedHere).toBeGreaterThan(0);
    });
  }

  // The other side of the matrix, so the denials above are not vacuous: every
  // caller who holds an operation's permission gets past its check. The probe
  // carries a NUL character, which the door refuses right after the permission
  // check and before anything runs, so passing the check changes nothing; a
  // caller refused at the check would get "forbidden" instead.
  for (const name of Object.keys(PROBES) as OperationName[]) {
    it(`${name}: everyone with the permission gets past the check`, async () => {
      const operation = OPERATIONS[name] as unknown as ((ctx: Ctx, raw: unknown) => Promise<unknown>) & {
        spec: { permission: string };
      };
      const { permission } = operation.spec;
      const input = { ...(PROBES[name](fixture) as object), probe: "past the check\u0000" };
      const allowed = callers.filter((c) =>
        permission === "signed_in"
          ? c.ctx.actor.type === "console_user"
          : can(c.ctx.actor, permission as TenantPermission, fixture.tenantId),
      );
      for (const caller of allowed) {
        const before = await snapshot();
        const error = await operation(caller.ctx, input).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${name} as ${caller.label}`).toBeInstanceOf(OperationError);
        expect((error as OperationError).kind, `${name} as ${caller.label}`).toBe("validation");
        expect((error as OperationError).fieldErrors, `${name} as ${caller.label}`).toEqual({
          probe: ["must not contain NUL characters"],
        });
        expect(await snapshot(), `${name} as ${caller.label} changed data`).toBe(before);
      }
    });
  }

  it("lets the roles the matrix names in, for a few reads that answer with the network's own data", async () => {
    const admin = callers.find((c) => c.label === "tenant_admin of the network")!.ctx;
    const auditor = callers.find((c) => c.label === "auditor of the network")!.ctx;
    const helpdesk = callers.find((c) => c.label === "helpdesk of the network")!.ctx;
    await expect(OPERATIONS.getTenant(helpdesk, { tenantId: fixture.tenantId })).resolves.toMatchObject({
      id: fixture.tenantId,
    });
    const users = await OPERATIONS.listConsoleUsers(auditor, { tenantId: fixture.tenantId });
    expect(users.rows.map((u) => u.id)).toContain(fixture.targetUserId);
    const tokens = await OPERATIONS.listApiTokens(admin, { tenantId: fixture.tenantId });
    expect(tokens.map((t) => t.id)).toContain(fixture.tokenId);
    const events = await OPERATIONS.searchAuditEvents(auditor, { tenantId: fixture.tenantId });
    expect(events.rows.length).toBeGreaterThan(0);
    expect(events.rows.every((e) => e.tenantId === fixture.tenantId)).toBe(true);
  });
});
