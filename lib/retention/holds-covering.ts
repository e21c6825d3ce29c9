import { Prisma } from "@/lib/generated/prisma/client";

/** A hold applies from its start until its end or its release, whichever comes first. */
export function activeHoldWhere(now = new Date()): Prisma.LegalHoldWhereInput {
  return { releasedAt: null, startsAt: { lte: now }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] };
}

/**
 * The active holds covering each of the given members, by name or through their
 * group. Members under no hold are absent from the map.
 */
export async function holdsCovering(
  db: Pick<Prisma.TransactionClient, "legalHold" | "member">,
  tenantId: string,
  memberIds: string[],
): Promise<Map<string, { id: string; name: string; matter: string }[]>> {
  const out = new Map<string, { id: string; name: string; matter: string }[]>();
  if (memberIds.length === 0) return out;
  const holds = await db.legalHold.findMany({
    where: { tenantId, ...activeHoldWhere() },
    include: { members: { where: { memberId: { in: memberIds } } }, groups: true },
  });
  if (holds.length === 0) return out;
  const groupOf = new Map(
    (await db.member.findMany({ where: { tenantId, id: { in: memberIds } }, select: { id: true, groupId: true } })).map(
      (m) => [m.id, m.groupId],
    ),
  );
  for (const h of holds) {
    const named = new Set(h.members.map((m) => m.memberId));
    const groups = new Set(h.groups.map((g) => g.groupId));
    for (const id of memberIds) {
      if (named.has(id) || groups.has(groupOf.get(id) ?? "")) {
        const list = out.get(id) ?? [];
        list.push({ id: h.id, name: h.name, matter: h.matter });
        out.set(id, list);
      }
    }
  }
  return out;
}
