import { Prisma } from "@/lib/generated/prisma/client";

/**
 * SQL true when the member row aliased `m` is under an active legal hold, by
 * name or through its group. The same rule as holdsCovering(), in SQL, so the
 * retention job can skip held members inside its delete statements.
 */
export const memberIsHeld = memberHeldExcept(null);

/** The same, leaving one hold out: would the member still be held without it? */
export function memberHeldExcept(holdId: string | null) {
  return Prisma.sql`EXISTS (
  SELECT 1 FROM "LegalHold" h
  WHERE h."tenantId" = m."tenantId" AND h."releasedAt" IS NULL AND h."startsAt" <= now()
    AND ${holdId ? Prisma.sql`h.id <> ${holdId}::uuid` : Prisma.sql`true`}
    AND (h."endsAt" IS NULL OR h."endsAt" > now())
    AND (EXISTS (SELECT 1 FROM "LegalHoldMember" hm
                 WHERE hm."tenantId" = h."tenantId" AND hm."holdId" = h.id AND hm."memberId" = m.id)
      OR EXISTS (SELECT 1 FROM "LegalHoldGroup" hg
                 WHERE hg."tenantId" = h."tenantId" AND hg."holdId" = h.id AND hg."groupId" = m."groupId")))`;
}

/**
 * Placing a hold and purging take this lock on the tenant (the purge shared,
 * the hold exclusive), so a member cannot be purged by a batch that started
 * before a hold naming them committed.
 */
export const holdLockKey = (tenantId: string) => Prisma.sql`hashtextextended(${"holds:" + tenantId}, 0)`;

/** The ids (as text) of every member and group an active hold in the tenant names: audit targets never trimmed. */
export const heldTargetIds = (tenantId: string) => Prisma.sql`(
  SELECT hm."memberId"::text FROM "LegalHoldMember" hm JOIN "LegalHold" h ON h."tenantId" = hm."tenantId" AND h.id = hm."holdId"
  WHERE h."tenantId" = ${tenantId}::uuid AND h."releasedAt" IS NULL AND h."startsAt" <= now() AND (h."endsAt" IS NULL OR h."endsAt" > now())
  UNION
  SELECT hg."groupId"::text FROM "LegalHoldGroup" hg JOIN "LegalHold" h ON h."tenantId" = hg."tenantId" AND h.id = hg."holdId"
  WHERE h."tenantId" = ${tenantId}::uuid AND h."releasedAt" IS NULL AND h."startsAt" <= now() AND (h."endsAt" IS NULL OR h."endsAt" > now()))`;
