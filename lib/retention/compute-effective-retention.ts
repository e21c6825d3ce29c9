import type { Prisma } from "@/lib/generated/prisma/client";
import { readGroupSettings } from "@/lib/settings/group-settings";
import { holdsCovering } from "@/lib/retention/holds-covering";
import { effectiveRetention } from "./effective-retention";
import { DEFAULT_LIFETIME } from "./retention-presets";

type Db = Pick<
  Prisma.TransactionClient,
  "member" | "retentionPolicy" | "memberLifetimeException" | "legalHold" | "securityGroup"
>;

/**
 * Loads everything the precedence function needs for one member and applies
 * it. Null when the member does not exist in the tenant. Also returns the
 * inputs' versions and the holds themselves, for documents that cite them.
 */
export async function computeEffectiveRetention(db: Db, tenantId: string, memberId: string) {
  const member = await db.member.findUnique({
    where: { tenantId_id: { tenantId, id: memberId } },
    include: { group: true },
  });
  if (!member) return null;
  const [policy, exception, holds] = await Promise.all([
    db.retentionPolicy.findUnique({ where: { tenantId } }),
    db.memberLifetimeException.findUnique({ where: { tenantId_memberId: { tenantId, memberId } } }),
    db.legalHold.findMany({
      where: {
        tenantId,
        id: { in: ((await holdsCovering(db, tenantId, [memberId])).get(memberId) ?? []).map((h) => h.id) },
      },
      select: { id: true, name: true, matter: true, endsAt: true },
    }),
  ]);
  const group = readGroupSettings(member.group.settings).messaging as {
    expirationMaxMinutes: number;
    burnOnReadMaxMinutes: number;
  };
  const retention = effectiveRetention({
    tenant: policy
      ? { expirationMaxMinutes: policy.expirationMaxMinutes, burnOnReadMaxMinutes: policy.burnOnReadMaxMinutes }
      : DEFAULT_LIFETIME,
    group: { expirationMaxMinutes: group.expirationMaxMinutes, burnOnReadMaxMinutes: group.burnOnReadMaxMinutes },
    exception: exception
      ? {
          ...(exception.expirationMaxMinutes ? { expirationMaxMinutes: exception.expirationMaxMinutes } : {}),
          ...(exception.burnOnReadMaxMinutes ? { burnOnReadMaxMinutes: exception.burnOnReadMaxMinutes } : {}),
        }
      : null,
    holds,
    complianceRetentionDays: policy?.complianceRetentionDays ?? null,
  });
  return { member, retention, holds, policyVersion: policy?.version ?? 0, groupVersion: member.group.version };
}
