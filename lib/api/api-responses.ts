import { z } from "zod";
import {
  AuditExportFormat,
  AuditExportStatus,
  AuditOutcome,
  DevicePlatform,
  DeviceStatus,
  ExportCadence,
  FederationMode,
  ImportStatus,
  MemberStatus,
  PartnerRelation,
  PartnerStatus,
  RetentionRunStatus,
  TenantPlan,
  TenantStatus,
} from "@/lib/generated/prisma/enums";
import { groupSettingsSchema } from "@/lib/groups/group-settings";
import type { OperationName } from "@/lib/operations";
import { networkSettingsSchema } from "@/lib/tenants/network-settings";
import { scimProfileSchema } from "@/lib/scim/scim-user";

// What each admin API route answers with on success, one zod schema per
// operation. The OpenAPI document's responses are generated from these, and the
// contract test (e2e/api/api-contract.spec.ts) checks the running server's
// answers against that document. Objects are closed: a field the server starts
// sending without a schema here fails the contract test, so nothing leaves
// undocumented (a secret included).

const id = z.uuid();
const at = z.iso.datetime();
const atOrNull = at.nullable();
/** A bigint sequence number, sent as a decimal string (JSON numbers stop at 2^53). */
const seq = z.string().regex(/^\d+$/);
/** Free-form JSON the server stores as given (filters, diffs, job positions). */
const json = z.unknown();
const count = z.number().int().min(0);

/** A page of a list: pass `next` as `after` for the next page, `prev` as `before` for the one before. */
const page = <T extends z.ZodType>(row: T, extra: z.ZodRawShape = {}) =>
  z.object({ rows: z.array(row), next: z.string().nullable(), prev: z.string().nullable(), ...extra });

const created = z.object({ id });
const bulkResult = z.object({ changed: count, skipped: count });
const lifetimeImpact = z.object({
  members: count,
  groups: count,
  shortened: count,
  lengthened: count,
  sample: z.array(z.string()),
});
const partnerStatus = z.object({ status: z.enum(PartnerStatus) });

const tenant = z.object({
  id,
  slug: z.string(),
  name: z.string(),
  status: z.enum(TenantStatus),
  plan: z.enum(TenantPlan),
  trialEndsAt: atOrNull,
  region: z.string(),
  requireMfa: z.boolean(),
  settings: networkSettingsSchema,
  settingsVersion: count,
  federationMode: z.enum(FederationMode),
  federationVersion: count,
  guestLapseDays: count,
  deletedAt: atOrNull,
  createdAt: at,
  updatedAt: at,
  members: z.object({ active: count, pending: count, suspended: count, total: count }),
});

const historyEntry = z.object({
  seq,
  at,
  action: z.string(),
  actor: z.string().nullable(),
  rows: z.array(z.object({ path: z.string(), before: json, after: json })),
});

const groupRow = z.object({
  id,
  name: z.string(),
  isDefault: z.boolean(),
  version: count,
  updatedAt: at,
  members: count,
});

const memberRow = z.object({
  id,
  email: z.string(),
  displayName: z.string(),
  status: z.enum(MemberStatus),
  groupId: id,
  groupName: z.string(),
  lastSeenAt: atOrNull,
  isAdmin: z.boolean(),
  devices: count,
});

const device = z.object({
  tenantId: id,
  id,
  memberId: id,
  platform: z.enum(DevicePlatform),
  appVersion: z.string(),
  status: z.enum(DeviceStatus),
  registeredAt: at,
  lastSeenAt: at,
});

const member = z.object({
  tenantId: id,
  id,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  displayName: z.string(),
  status: z.enum(MemberStatus),
  groupId: id,
  isAdmin: z.boolean(),
  inviteExpiresAt: atOrNull,
  externalId: z.string().nullable(),
  // Set when an identity provider provisions the member (SCIM).
  userName: z.string().nullable(),
  scimProfile: scimProfileSchema.nullable(),
  scimDeletedAt: atOrNull,
  lastSeenAt: atOrNull,
  deactivatedAt: atOrNull,
  createdAt: at,
  updatedAt: at,
  group: z.object({ id, name: z.string() }),
  devices: z.array(device),
  // Only for a caller who may read legal holds; absent for anyone else.
  holds: z.array(z.object({ id, name: z.string(), matter: z.string() })).optional(),
});

const level = z.enum(["tenant", "group", "member"]);
const effectivePolicy = z.object({
  expiration: z.union([
    z.object({ kind: z.literal("retain"), reason: z.literal("legal_hold"), holds: z.array(z.string()) }),
    z.object({ kind: z.literal("expire"), minutes: count, source: level }),
  ]),
  burnOnRead: z.union([
    z.object({ kind: z.literal("off") }),
    z.object({ kind: z.literal("suspended"), reason: z.literal("legal_hold") }),
    z.object({ kind: z.literal("burn"), minutes: count, source: z.enum(["tenant", "group", "member", "expiration"]) }),
  ]),
  archive: z.union([
    z.object({ kind: z.literal("retain"), reason: z.literal("legal_hold") }),
    z.object({ kind: z.literal("days"), days: count, reason: z.literal("compliance_minimum") }),
    z.object({ kind: z.literal("none") }),
  ]),
});

const importIssue = z.object({
  line: count,
  email: z.string(),
  problem: z.enum([
    "bad_row",
    "bad_email",
    "unknown_group",
    "duplicate_in_file",
    "missing_column",
    "duplicate_external_id",
  ]),
  detail: z.string(),
});
const importWarning = z.object({ line: count, detail: z.string() });
const importReport = {
  creates: count,
  updates: count,
  unchanged: count,
  errors: count,
  issues: z.array(importIssue),
  warningCount: count,
  warnings: z.array(importWarning),
};

const memberImport = z.object({
  tenantId: id,
  id,
  status: z.enum(ImportStatus),
  fileName: z.string(),
  sha256: z.string(),
  report: json,
  total: count,
  applied: count,
  created: count,
  updated: count,
  unchanged: count,
  attempts: count,
  leaseUntil: atOrNull,
  // The worker instance holding the lease (lib/jobs/instance-lease.ts), or null.
  leaseOwner: z.number().int().nullable(),
  error: z.string().nullable(),
  createdById: id.nullable(),
  createdAt: at,
  updatedAt: at,
  finishedAt: atOrNull,
});

const memberSso = z
  .object({
    tenantId: id,
    enabled: z.boolean(),
    issuer: z.string(),
    clientId: z.string(),
    scopes: z.array(z.string()),
    usernameClaim: z.string(),
    extraAuthParams: z.record(z.string(), z.string()),
    refreshGraceMinutes: count,
    updatedAt: at,
    hasClientSecret: z.boolean(),
  })
  .nullable()
  .describe("null until the network configures its members' sign-in provider");

const policyFields = {
  expirationMaxMinutes: count,
  burnOnReadMaxMinutes: count,
  complianceRetentionDays: count.nullable(),
  compliancePreset: z.string().nullable(),
  deactivatedMemberDays: count.nullable(),
  staleDeviceDays: count.nullable(),
  auditRetentionDays: count.nullable(),
};

const retentionPolicy = z.object({
  tenantId: id,
  ...policyFields,
  version: count,
  updatedById: id.nullable(),
  updatedAt: atOrNull,
});

const policyVersion = z.object({
  tenantId: id,
  version: count,
  ...policyFields,
  authorId: z.string().nullable(),
  authorLabel: z.string().nullable(),
  createdAt: at,
  diff: z.object({ before: z.record(z.string(), json), after: z.record(z.string(), json) }),
});

const retentionRun = z.object({
  tenantId: id,
  id,
  trigger: z.string(),
  status: z.enum(RetentionRunStatus),
  policyVersion: count,
  membersBefore: atOrNull,
  devicesBefore: atOrNull,
  auditBefore: atOrNull,
  total: count,
  phase: z.string().nullable(),
  membersDeleted: count,
  devicesDeleted: count,
  auditEventsDeleted: count,
  heldMembersSkipped: count,
  heldDevicesSkipped: count,
  holds: json,
  position: json,
  batches: count,
  longestBatchMs: count,
  attempts: count,
  leaseUntil: atOrNull,
  // The worker instance holding the lease (lib/jobs/instance-lease.ts), or null.
  leaseOwner: z.number().int().nullable(),
  error: z.string().nullable(),
  receiptSeq: seq.nullable(),
  startedById: id.nullable(),
  createdAt: at,
  startedAt: atOrNull,
  finishedAt: atOrNull,
  updatedAt: at,
  done: count,
});

const hold = z.object({
  tenantId: id,
  id,
  name: z.string(),
  matter: z.string(),
  startsAt: at,
  endsAt: atOrNull,
  createdById: id.nullable(),
  createdAt: at,
  releasedAt: atOrNull,
  releasedById: id.nullable(),
  members: count,
  groups: count,
  releaseImpact: lifetimeImpact.nullable(),
});

const partner = z.object({
  tenantId: id,
  id,
  relation: z.enum(PartnerRelation),
  status: z.enum(PartnerStatus),
  partnerTenantId: id.nullable(),
  externalKey: z.string().nullable(),
  displayName: z.string(),
  fingerprint: z.string().nullable(),
  region: z.string().nullable(),
  agreedBy: z.string().nullable(),
  agreedAt: atOrNull,
  agreementRef: z.string().nullable(),
  requestedByUs: z.boolean(),
  createdAt: at,
  updatedAt: at,
  kind: z.enum(["internal", "external"]),
  key: z.string(),
  theirStatus: z.enum(PartnerStatus).nullable(),
  otherSuspended: z.boolean(),
});

const guest = z.object({
  tenantId: id,
  id,
  externalId: z.string(),
  network: z.string(),
  displayName: z.string(),
  firstSeenAt: at,
  lastContactAt: at,
  blockedAt: atOrNull,
  blockedById: id.nullable(),
  state: z.enum(["current", "lapsed", "blocked"]),
});

const auditFields = {
  tenantId: z.string(),
  seq,
  at,
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  outcome: z.enum(AuditOutcome),
  ip: z.string().nullable(),
};
const auditEvent = z.object({
  ...auditFields,
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  changes: json,
  prevHash: z.string(),
  hash: z.string(),
});

const chainVerdict = z.union([
  z.object({
    ok: z.literal(true),
    tenantId: z.string(),
    events: count,
    headSeq: seq,
    headHash: z.string(),
    startSeq: seq,
  }),
  z.object({ ok: z.literal(false), tenantId: z.string(), events: count, firstBadSeq: seq, reason: z.string() }),
]);
// Digests are judged against the trust root and their copies outside the database (lib/audit/digests).
const digestVerdict = z.union([
  z.object({
    ok: z.literal(true),
    digests: count,
    external: count,
    lastSeq: seq.nullable(),
    newestAt: at.nullable(),
    warnings: z.array(z.string()),
  }),
  z.object({
    ok: z.literal(false),
    digests: count,
    external: count,
    number: count.nullable(),
    firstBadSeq: seq,
    reason: z.string(),
    reasons: z.array(z.string()),
    warnings: z.array(z.string()),
  }),
]);

const exportView = {
  id,
  format: z.enum(AuditExportFormat),
  status: z.enum(AuditExportStatus),
  filter: z.record(z.string(), z.string()),
  requestedBy: z.string(),
  scheduleId: id.nullable(),
  totalRows: count.nullable(),
  rowsWritten: count,
  fileName: z.string().nullable(),
  bytes: count.nullable(),
  sha256: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: at,
  finishedAt: atOrNull,
};

const schedule = z.object({
  tenantId: id,
  id,
  name: z.string(),
  format: z.enum(AuditExportFormat),
  filter: json,
  cadence: z.enum(ExportCadence),
  target: z.string(),
  keepDays: count,
  nextRunAt: at,
  lastRunAt: atOrNull,
  createdById: id.nullable(),
  createdAt: at,
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const periodSeries = z.array(z.object({ start: day, members: count }));
const nullableCount = count.nullable();
// Who was active in the current day, week or month, by platform, client version and group (null: a deleted group).
const activitySplit = z.object({
  start: day,
  platform: z.array(z.object({ platform: z.enum(DevicePlatform), members: count })),
  version: z.array(z.object({ version: z.string(), members: count })),
  group: z.array(z.object({ groupId: z.string(), name: z.string().nullable(), members: count })),
});

const dashboard = z.object({
  timeZone: z.literal("UTC"),
  generatedAt: at,
  members: z
    .object({
      total: count,
      byStatus: z.array(z.object({ status: z.enum(MemberStatus), members: count })),
      registrations: z.array(z.object({ day, members: count })),
      byGroup: z.array(z.object({ groupId: id, name: z.string(), lifetimeMinutes: count, members: count })),
    })
    .nullable(),
  activity: z
    .object({
      days: periodSeries,
      weeks: periodSeries,
      months: periodSeries,
      split: z.object({ day: activitySplit, week: activitySplit, month: activitySplit }),
    })
    .nullable(),
  devices: z
    .object({
      byPlatform: z.array(z.object({ platform: z.enum(DevicePlatform), devices: count })),
      byVersion: z.array(z.object({ version: z.string(), devices: count })),
    })
    .nullable(),
  federation: z.object({ byStatus: z.array(z.object({ status: z.enum(PartnerStatus), partners: count })) }).nullable(),
  holds: z.array(z.object({ holdId: id, name: z.string(), members: count })).nullable(),
  work: z.object({ openImports: nullableCount, openExports: nullableCount, runningRetention: nullableCount }),
  denied: z.object({ since: day, count, capped: z.boolean() }).nullable(),
});

/** The JSON answer of every admin API route that answers JSON, by operation. */
export const API_RESPONSES: Partial<Record<OperationName, z.ZodType>> = {
  getTenant: tenant,
  getDashboard: dashboard,
  listDevices: page(device.extend({ memberName: z.string(), memberEmail: z.string() }), { total: count }),
  updateTenantSecurity: z.object({ requireMfa: z.boolean() }),
  updateNetworkSettings: networkSettingsSchema,
  listChangeHistory: page(historyEntry),
  listGroups: page(groupRow),
  createGroup: created,
  getGroup: z.object({
    tenantId: id,
    id,
    name: z.string(),
    isDefault: z.boolean(),
    settings: groupSettingsSchema,
    version: count,
    externalId: z.string().nullable(),
    createdAt: at,
    updatedAt: at,
    members: count,
  }),
  updateGroup: z.object({ version: count, changed: z.boolean() }),
  deleteGroup: z.object({ deleted: z.literal(true), moved: count }),
  listGroupMembers: page(z.object({ id, displayName: z.string(), email: z.string(), status: z.enum(MemberStatus) })),
  listMembers: z.object({
    rows: z.array(memberRow),
    total: count,
    next: z.string().nullable(),
    prev: z.string().nullable(),
  }),
  inviteMember: created,
  getMember: member,
  moveMembers: z.object({ moved: count }),
  suspendMembers: bulkResult,
  reactivateMembers: bulkResult,
  deactivateMembers: bulkResult,
  deleteMembers: bulkResult,
  reinviteMembers: bulkResult,
  resetMemberDevices: bulkResult,
  getEffectivePolicy: effectivePolicy,
  setMemberException: z.object({ saved: z.literal(true) }),
  previewMemberImport: z.object({ id, ...importReport }),
  getMemberImport: memberImport,
  applyMemberImport: z.object({ id, total: count }),
  getMemberSso: memberSso,
  updateMemberSso: z.object({ saved: z.literal(true), membersSignedOut: z.boolean() }),
  testMemberSso: z.object({
    ok: z.boolean(),
    checks: z.array(
      z.object({
        name: z.enum(["discovery", "issuer", "jwks", "scopes", "claims"]),
        ok: z.boolean(),
        detail: z.string(),
      }),
    ),
  }),
  getRetentionPolicy: retentionPolicy,
  updateLifetimeDefaults: z.object({ version: count, impact: lifetimeImpact }),
  updateComplianceRetention: z.object({ version: count, days: count.nullable() }),
  updateMetadataRetention: z.object({
    version: count,
    impact: z.object({ members: count, heldMembers: count, devices: count, heldDevices: count, auditEvents: count }),
  }),
  listPolicyVersions: page(policyVersion),
  restorePolicyVersion: z.object({ version: count }),
  listRetentionRuns: page(retentionRun),
  startRetentionRun: z.object({ runId: id, total: count }),
  listLegalHolds: page(hold),
  createLegalHold: created,
  previewLegalHold: lifetimeImpact,
  releaseLegalHold: z.object({ released: z.literal(true), impact: lifetimeImpact }),
  listFederation: page(partner, {
    mode: z.enum(FederationMode),
    guestLapseDays: count,
    pending: z.array(partner),
  }),
  updateFederationSettings: z.object({ mode: z.enum(FederationMode) }),
  addPartner: created,
  requestPartnership: created,
  getPartner: partner,
  acceptPartnership: partnerStatus,
  rejectPartnership: partnerStatus,
  suspendPartner: partnerStatus,
  resumePartner: partnerStatus,
  revokePartner: partnerStatus,
  listGuests: page(guest, { total: count, guestLapseDays: count }),
  blockGuest: z.object({ blocked: z.literal(true) }),
  unblockGuest: z.object({ blocked: z.literal(false) }),
  searchAuditEvents: z.object({
    rows: z.array(z.object(auditFields)),
    total: count,
    totalCapped: z.boolean(),
    next: z.string().nullable(),
    prev: z.string().nullable(),
  }),
  getAuditEvent: z.object({
    event: auditEvent,
    chain: z.object({
      hashValid: z.boolean(),
      linksToPrevious: z.boolean(),
      linkedFromNext: z.boolean().nullable(),
      headSeq: seq,
      hasPrevious: z.boolean(),
      hasNext: z.boolean(),
      digest: z.object({ number: count, periodEnd: at, kid: z.string() }).nullable(),
    }),
  }),
  verifyTenantAuditChain: z.object({ chain: chainVerdict, digests: digestVerdict }),
  pullAuditEvents: z.object({ events: z.array(auditEvent), nextCursor: seq, hasMore: z.boolean() }),
  createAuditExport: z.object({ exportId: id, status: z.literal("queued") }),
  listAuditExports: page(z.object(exportView)),
  getAuditExport: z.object({ ...exportView, manifest: json }),
  verifyStoredExport: z.union([
    z.object({
      ok: z.literal(true),
      rows: count,
      firstSeq: seq.nullable(),
      lastSeq: seq.nullable(),
      kid: z.string(),
    }),
    z.object({ ok: z.literal(false), rows: count, firstBadSeq: seq.nullable(), reason: z.string() }),
  ]),
  listExportSchedules: page(schedule),
  createExportSchedule: z.object({ scheduleId: id, nextRunAt: at }),
  deleteExportSchedule: z.object({ scheduleId: id }),
};

/** Routes that answer a file rather than JSON: their content types, by operation. */
export const FILE_RESPONSES: Partial<Record<OperationName, Record<string, { schema: object }>>> = {
  exportMembers: { "text/csv": { schema: { type: "string" } } },
  downloadAuditExport: {
    "text/csv": { schema: { type: "string", description: "part=file of a CSV export" } },
    "application/jsonl": { schema: { type: "string", description: "part=file of a JSON Lines export" } },
    "application/json": {
      schema: {
        type: "object",
        description: "part=manifest: the signed manifest (document, signature, key id)",
      },
    },
  },
};
