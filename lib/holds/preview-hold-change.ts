import { Prisma } from "@/lib/generated/prisma/client";
import { memberHeldExcept, memberIsHeld } from "@/lib/retention/enforcement/held-members-sql";
import type { LifetimeImpact } from "@/lib/retention/preview-lifetime-change";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Counts, groups and a sample of the members matching `where` (SQL over Member m). */
async function tally(db: Db, tenantId: string, where: Prisma.Sql) {
  const [row] = await db.$queryRaw<{ members: number; groups: number; sample: string[] | null }[]>`
    SELECT count(*)::int AS members, count(DISTINCT m."groupId")::int AS groups,
           (array_agg(m.email ORDER BY m.email))[1:5] AS sample
    FROM "Member" m WHERE m."tenantId" = ${tenantId}::uuid AND ${where}`;
  return { members: row?.members ?? 0, groups: row?.groups ?? 0, sample: row?.sample ?? [] };
}

/**
 * What placing a hold on these members and groups would do: every custodian not
 * already under another hold has their messages retained from now on (a
 * lengthening); nobody is shortened.
 */
export async function previewHoldPlacement(
  db: Db,
  tenantId: string,
  memberIds: string[],
  groupIds: string[],
): Promise<LifetimeImpact> {
  const custodian = Prisma.sql`(m.id = ANY(${memberIds}::uuid[]) OR m."groupId" = ANY(${groupIds}::uuid[]))`;
  const t = await tally(db, tenantId, Prisma.sql`${custodian} AND NOT ${memberIsHeld}`);
  return { members: t.members, groups: t.groups, shortened: 0, lengthened: t.members, sample: t.sample };
}

/**
 * What releasing a hold would do: its custodians that no other hold covers fall
 * back under the ordinary retention policy, so their messages expire again (a
 * shortening). Releasing deletes nothing by itself.
 */
export async function previewHoldRelease(db: Db, tenantId: string, holdId: string): Promise<LifetimeImpact> {
  const custodian = Prisma.sql`(
    EXISTS (SELECT 1 FROM "LegalHoldMember" hm WHERE hm."tenantId" = m."tenantId" AND hm."holdId" = ${holdId}::uuid AND hm."memberId" = m.id)
    OR EXISTS (SELECT 1 FROM "LegalHoldGroup" hg WHERE hg."tenantId" = m."tenantId" AND hg."holdId" = ${holdId}::uuid AND hg."groupId" = m."groupId"))`;
  const t = await tally(db, tenantId, Prisma.sql`${custodian} AND NOT ${memberHeldExcept(holdId)}`);
  return { members: t.members, groups: t.groups, shortened: t.members, lengthened: 0, sample: t.sample };
}
