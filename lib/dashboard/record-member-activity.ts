import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Marks a member seen at `at`, and counts them once among the active members
 * of that UTC day, ISO week and month: a period counts the member the first
 * time they are seen in it, which is when their previous last-seen falls in an
 * earlier period. Events arriving out of order (older than the member's
 * last-seen) move nothing. The member's row is locked first, so two events of
 * one member cannot both count them.
 */
export async function recordMemberActivity(
  tx: Pick<Prisma.TransactionClient, "$executeRaw">,
  tenantId: string,
  memberId: string,
  at: Date,
): Promise<void> {
  await tx.$executeRaw`
    WITH prev AS (
      SELECT "lastSeenAt" AS was FROM "Member"
       WHERE "tenantId" = ${tenantId}::uuid AND id = ${memberId}::uuid FOR UPDATE
    ), seen AS (
      UPDATE "Member" SET "lastSeenAt" = greatest(coalesce("lastSeenAt", ${at}), ${at})
       WHERE "tenantId" = ${tenantId}::uuid AND id = ${memberId}::uuid
    )
    INSERT INTO "ActivityCount" ("tenantId", period, start, members)
    SELECT ${tenantId}::uuid, p.period, date_trunc(p.period, ${at}::timestamptz AT TIME ZONE 'UTC')::date, 1
      FROM prev, (VALUES ('day'), ('week'), ('month')) p(period)
     WHERE prev.was IS NULL
        OR date_trunc(p.period, prev.was AT TIME ZONE 'UTC') < date_trunc(p.period, ${at}::timestamptz AT TIME ZONE 'UTC')
     ORDER BY 2
    ON CONFLICT ("tenantId", period, start) DO UPDATE SET members = "ActivityCount".members + 1`;
}
