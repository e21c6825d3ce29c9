import type { Prisma } from "@/lib/generated/prisma/client";
import { readGroupSettings } from "@/lib/settings/group-settings";
import { readNetworkSettings } from "@/lib/tenants/network-settings";

export const EFFECTIVE_SETTINGS_SCHEMA = "custodian.effective-settings/v1";

type Db = Pick<Prisma.TransactionClient, "member" | "tenant" | "securityGroup" | "memberSsoConfig">;

/**
 * A member's effective settings: the network's settings, its member SSO
 * configuration (never the client secret) and the member's group settings, in
 * one document. Null when there is no such member in the tenant, or the tenant
 * is deleted. Message content is no part of it, by construction.
 */
export async function buildEffectiveSettings(db: Db, tenantId: string, memberId: string) {
  const member = await db.member.findUnique({ where: { tenantId_id: { tenantId, id: memberId } } });
  if (!member) return null;
  const [tenant, group, sso] = await Promise.all([
    db.tenant.findFirst({ where: { id: tenantId, deletedAt: null } }),
    db.securityGroup.findUnique({ where: { tenantId_id: { tenantId, id: member.groupId } } }),
    db.memberSsoConfig.findUnique({ where: { tenantId } }),
  ]);
  if (!tenant || !group) return null;
  return {
    schema: EFFECTIVE_SETTINGS_SCHEMA,
    // Changes whenever anything in the document can: the network's settings
    // (status, plan, SSO included) or the group's.
    version: `${tenant.settingsVersion}.${group.version}`,
    tenant: { id: tenant.id, slug: tenant.slug, status: tenant.status, plan: tenant.plan, region: tenant.region },
    member: { id: member.id, email: member.email, status: member.status, isAdmin: member.isAdmin },
    network: readNetworkSettings(tenant.settings),
    memberSso: sso?.enabled
      ? {
          enabled: true,
          issuer: sso.issuer,
          clientId: sso.clientId,
          scopes: sso.scopes,
          usernameClaim: sso.usernameClaim,
          extraAuthParams: sso.extraAuthParams,
          refreshGraceMinutes: sso.refreshGraceMinutes,
        }
      : { enabled: false },
    group: { id: group.id, name: group.name, settings: readGroupSettings(group.settings) },
  };
}

export type EffectiveSettings = NonNullable<Awaited<ReturnType<typeof buildEffectiveSettings>>>;
