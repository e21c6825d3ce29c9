import { Prisma } from "@/lib/generated/prisma/client";
import { heldTargetIds, memberIsHeld } from "./held-members-sql";
import type { PurgeCutoffs } from "./purge-cutoffs";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface PurgeCounts {
  members: number;
  devices: number;
  auditEvents: number;
  heldMembers: number;
  heldDevices: number;
}

const none = Prisma.sql`false`;

/**
 * What a retention run with these cutoffs would delete now: members deactivated
 * before the cutoff, devices of those members or last seen before the device
 * cutoff, and the start of the audit chain older than its cutoff, up to the
 * first event about a held member. Held members and their devices are counted
 * apart, as skipped.
 */
export async function countPurgeCandidates(db: Db, tenantId: string, c: PurgeCutoffs): Promise<PurgeCounts> {
  const memberDue = c.membersBefore
    ? Prisma.sql`(m.status = 'deactivated' AND m."deactivatedAt" < ${c.membersBefore})`
    : none;
  const deviceDue = c.devicesBefore ? Prisma.sql`d."lastSeenAt" < ${c.devicesBefore}` : none;
  const [row] = await db.$queryRaw<{ members: number; heldMembers: number; devices: number; heldDevices: number }[]>`
    SELECT
      (SELECT count(*)::int FROM "Member" m WHERE m."tenantId" = ${tenantId}::uuid AND ${memberDue} AND NOT ${memberIsHeld}) AS members,
      (SELECT count(*)::int FROM "Member" m WHERE m."tenantId" = ${tenantId}::uuid AND ${memberDue} AND ${memberIsHeld}) AS "heldMembers",
      (SELECT count(*)::int FROM "Device" d JOIN "Member" m ON m."tenantId" = d."tenantId" AND m.id = d."memberId"
        WHERE d."tenantId" = ${tenantId}::uuid AND (${deviceDue} OR ${memberDue}) AND NOT ${memberIsHeld}) AS devices,
      (SELECT count(*)::int FROM "Device" d JOIN "Member" m ON m."tenantId" = d."tenantId" AND m.id = d."memberId"
        WHERE d."tenantId" = ${tenantId}::uuid AND (${deviceDue} OR ${memberDue}) AND ${memberIsHeld}) AS "heldDevices"`;
  const through = c.auditBefore ? await auditTrimThrough(db, tenantId, c.auditBefore) : null;
  const auditEvents = through
    ? ((
        await db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM "AuditEvent" WHERE "tenantId" = ${tenantId} AND seq <= ${through}`
      )[0]?.n ?? 0)
    : 0;
  return { ...row!, auditEvents };
}

/**
 * The last seq the audit chain may be trimmed through: only a prefix of the
 * chain is ever removed (so the rest still verifies from a checkpoint), it ends
 * before the first event at or after the cutoff, and before the first event
 * about a member or group under a hold. Null when there is nothing to trim.
 */
export async function auditTrimThrough(db: Db, tenantId: string, before: Date): Promise<bigint | null> {
  const [row] = await db.$queryRaw<{ firstStop: bigint | null; head: bigint | null }[]>`
    SELECT
      (SELECT seq FROM "AuditEvent" WHERE "tenantId" = ${tenantId}
        AND (at >= ${before} OR "targetId" IN ${heldTargetIds(tenantId)}) ORDER BY seq LIMIT 1) AS "firstStop",
      (SELECT seq FROM "AuditChainHead" WHERE "tenantId" = ${tenantId}) AS head`;
  if (!row?.head) return null;
  const through = row.firstStop !== null ? row.firstStop - 1n : row.head;
  return through > 0n ? through : null;
}
