import type { Prisma } from "@/lib/generated/prisma/client";
import { readGroupSettings } from "@/lib/settings/group-settings";
import { activeHoldWhere } from "@/lib/retention/holds-covering";

type Db = Pick<Prisma.TransactionClient, "securityGroup" | "member" | "memberLifetimeException" | "legalHold">;

export interface LifetimeImpact {
  members: number;
  groups: number;
  shortened: number;
  lengthened: number;
  sample: string[];
}

/**
 * What changing the network's default message expiration would do: how many
 * members and groups change their effective expiration, how many get a shorter
 * one and how many a longer one, and a sample of those shortened. Members under
 * a legal hold are retained either way, so they are not counted.
 */
export async function previewLifetimeChange(
  db: Db,
  tenantId: string,
  from: number,
  to: number,
): Promise<LifetimeImpact> {
  const [groups, exceptions, holds] = await Promise.all([
    db.securityGroup.findMany({ where: { tenantId }, select: { id: true, settings: true } }),
    db.memberLifetimeException.findMany({ where: { tenantId, expirationMaxMinutes: { not: null } } }),
    db.legalHold.findMany({ where: { tenantId, ...activeHoldWhere() }, include: { members: true, groups: true } }),
  ]);
  const heldGroups = new Set(holds.flatMap((h) => h.groups.map((g) => g.groupId)));
  const heldMembers = new Set(holds.flatMap((h) => h.members.map((m) => m.memberId)));
  const exceptionOf = new Map(exceptions.map((e) => [e.memberId, e.expirationMaxMinutes!]));
  const impact: LifetimeImpact = { members: 0, groups: 0, shortened: 0, lengthened: 0, sample: [] };
  for (const g of groups) {
    if (heldGroups.has(g.id)) continue;
    const cap = (readGroupSettings(g.settings).messaging as { expirationMaxMinutes: number }).expirationMaxMinutes;
    const before = Math.min(from, cap);
    const after = Math.min(to, cap);
    // Members with no exception all move together; members with one are taken one by one below.
    const plain = await db.member.count({
      where: { tenantId, groupId: g.id, id: { notIn: [...exceptionOf.keys(), ...heldMembers] } },
    });
    let changed = 0;
    if (before !== after && plain > 0) {
      changed += plain;
      if (after < before) {
        impact.shortened += plain;
        if (impact.sample.length < 5) {
          const some = await db.member.findMany({
            where: { tenantId, groupId: g.id, id: { notIn: [...exceptionOf.keys(), ...heldMembers] } },
            take: 5 - impact.sample.length,
            select: { email: true },
            orderBy: { email: "asc" },
          });
          impact.sample.push(...some.map((m) => m.email));
        }
      } else impact.lengthened += plain;
    }
    const withException = await db.member.findMany({
      where: { tenantId, groupId: g.id, id: { in: [...exceptionOf.keys()] } },
      select: { id: true, email: true },
    });
    for (const m of withException) {
      if (heldMembers.has(m.id)) continue;
      const exc = exceptionOf.get(m.id)!;
      const b = Math.min(before, exc);
      const a = Math.min(after, exc);
      if (a === b) continue;
      changed++;
      if (a < b) {
        impact.shortened++;
        if (impact.sample.length < 5) impact.sample.push(m.email);
      } else impact.lengthened++;
    }
    if (changed > 0) impact.groups++;
    impact.members += changed;
  }
  return impact;
}
