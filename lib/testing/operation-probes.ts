// One network with one object of each kind, for the isolation test to probe
// every operation with (as callers who must be refused, and as those who must
// get past the check) and the legal-hold test as helpdesk, for anything a hold
// would leak. Each operation's probe is the example input in its own spec,
// aimed at these objects, so a new operation is probed with no entry here.
import { OPERATIONS, type OperationName } from "@/lib/operations";
import { db } from "@/lib/db";
import type { ExampleIds } from "@/lib/operation/example-ids";
import {
  createApiTokenRow,
  createConsoleUser,
  createGroupRow,
  createMemberRow,
  createSession,
  createSsoConnectionRow,
  createTenant,
} from "./factories";

// Each operation's example, by name: derived from the specs, never listed by hand.
export const PROBES = Object.fromEntries(
  Object.entries(OPERATIONS).map(([name, op]) => [name, op.spec.example]),
) as Record<OperationName, (f: ExampleIds) => unknown>;

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
  const fixture: ExampleIds = {
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
