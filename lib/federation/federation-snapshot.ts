import { db } from "@/lib/db";
import { readGroupSettings } from "@/lib/settings/group-settings";
import type { FederationMode, GroupFederation, PartnerEntry } from "./decide-federation";

/** Everything a decision needs from one network, as of one federationVersion. */
export interface FederationSnapshot {
  tenantId: string;
  version: number;
  key: string;
  suspended: boolean;
  mode: FederationMode;
  guestLapseDays: number;
  byTenant: Map<string, PartnerEntry>;
  byExternalKey: Map<string, PartnerEntry>;
  groups: Map<string, GroupFederation & { guests: boolean }>;
}

// Per process; bounded by the number of networks. A stale entry is never used:
// every decision reads the current versions first (one indexed query).
const cache = new Map<string, FederationSnapshot>();

async function load(tenantId: string): Promise<FederationSnapshot | null> {
  const tenant = await db.tenant.findFirst({ where: { id: tenantId, deletedAt: null } });
  if (!tenant) return null;
  const [partners, groups] = await Promise.all([
    db.federationPartner.findMany({ where: { tenantId } }),
    db.securityGroup.findMany({ where: { tenantId }, select: { id: true, settings: true } }),
  ]);
  const snap: FederationSnapshot = {
    tenantId,
    version: tenant.federationVersion,
    key: tenant.slug,
    suspended: tenant.status === "suspended",
    mode: tenant.federationMode,
    guestLapseDays: tenant.guestLapseDays,
    byTenant: new Map(),
    byExternalKey: new Map(),
    groups: new Map(),
  };
  for (const p of partners) {
    const entry = { relation: p.relation, status: p.status };
    if (p.partnerTenantId) snap.byTenant.set(p.partnerTenantId, entry);
    if (p.externalKey) snap.byExternalKey.set(p.externalKey, entry);
  }
  for (const g of groups) {
    const f = readGroupSettings(g.settings).federation as unknown as GroupFederation & { guests: boolean };
    snap.groups.set(g.id, { scope: f.scope, partners: f.partners, guests: f.guests });
  }
  return snap;
}

/** The snapshot of a network at `version`: from the cache when current, else reloaded. */
export async function federationSnapshot(tenantId: string, version: number): Promise<FederationSnapshot | null> {
  const hit = cache.get(tenantId);
  if (hit && hit.version === version) return hit;
  const fresh = await load(tenantId);
  // Only a snapshot at least as new as the version asked for is kept.
  if (fresh && fresh.version >= version) cache.set(tenantId, fresh);
  return fresh;
}
