import type { Prisma } from "@/lib/generated/prisma/client";
import { activeHoldWhere } from "@/lib/retention/holds-covering";
import { type LifetimeCaps, compareLifetime, effectiveRetention } from "./effective-retention";
import type { LifetimeImpact } from "./preview-lifetime-change";
import { DEFAULT_LIFETIME } from "./retention-presets";

type Db = Pick<Prisma.TransactionClient, "member" | "memberLifetimeException" | "legalHold" | "retentionPolicy">;

const retention = (tenant: LifetimeCaps, group: LifetimeCaps, exception: Partial<LifetimeCaps> | null) =>
  effectiveRetention({ tenant, group, exception, holds: [], complianceRetentionDays: null });

/**
 * What changing one group's message lifetime caps would do to its members'
 * effective values, through the same precedence function that computes them: a
 * member is shortened when expiration or burn-on-read comes sooner, lengthened
 * when later. Members under a legal hold keep everything either way and are
 * not counted.
 */
export async function previewGroupLifetimeChange(
  db: Db,
  tenantId: string,
  groupId: string,
  from: LifetimeCaps,
  to: LifetimeCaps,
): Promise<LifetimeImpact> {
  const impact: LifetimeImpact = { members: 0, groups: 0, shortened: 0, lengthened: 0, sample: [] };
  if (from.expirationMaxMinutes === to.expirationMaxMinutes && from.burnOnReadMaxMinutes === to.burnOnReadMaxMinutes)
    return impact;
  const [policy, holds, exceptions] = await Promise.all([
    db.retentionPolicy.findUnique({ where: { tenantId } }),
    db.legalHold.findMany({ where: { tenantId, ...activeHoldWhere() }, include: { members: true, groups: true } }),
    db.memberLifetimeException.findMany({ where: { tenantId } }),
  ]);
  if (holds.some((h) => h.groups.some((g) => g.groupId === groupId))) return impact;
  const tenant = policy ?? DEFAULT_LIFETIME;
  const held = holds.flatMap((h) => h.members.map((m) => m.memberId));
  const exceptionOf = new Map(exceptions.map((e) => [e.memberId, e]));
  const compare = (exception: Partial<LifetimeCaps> | null) =>
    compareLifetime(retention(tenant, from, exception), retention(tenant, to, exception));
  const tally = (verdict: "shortened" | "lengthened" | null, n: number) => {
    if (!verdict || n === 0) return;
    impact[verdict] += n;
    impact.members += n;
  };

  // Members with no exception all move together; those with one, one by one.
  const plainWhere = { tenantId, groupId, id: { notIn: [...held, ...exceptionOf.keys()] } };
  const plainVerdict = compare(null);
  tally(plainVerdict, await db.member.count({ where: plainWhere }));
  if (plainVerdict === "shortened") {
    const some = await db.member.findMany({
      where: plainWhere,
      take: 5,
      orderBy: { email: "asc" },
      select: { email: true },
    });
    impact.sample.push(...some.map((m) => m.email));
  }
  const withException = await db.member.findMany({
    where: { tenantId, groupId, id: { in: [...exceptionOf.keys()], notIn: held } },
    select: { id: true, email: true },
  });
  for (const m of withException) {
    const e = exceptionOf.get(m.id)!;
    const verdict = compare({
      ...(e.expirationMaxMinutes ? { expirationMaxMinutes: e.expirationMaxMinutes } : {}),
      ...(e.burnOnReadMaxMinutes ? { burnOnReadMaxMinutes: e.burnOnReadMaxMinutes } : {}),
    });
    tally(verdict, 1);
    if (verdict === "shortened" && impact.sample.length < 5) impact.sample.push(m.email);
  }
  if (impact.members > 0) impact.groups = 1;
  return impact;
}
