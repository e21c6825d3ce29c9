import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

// GET a network's federation: its mode, every partner with both sides' status, and the requests awaiting an answer.
export const listFederation = defineOperation({
  name: "federation.read",
  kind: "read",
  permission: "federation.read",
  schema: tenantInput,
  tenantOf: byTenant,
  async run({ input, db }) {
    const tenant = await db.tenant.findFirst({ where: { id: input.tenantId, deletedAt: null } });
    if (!tenant) throw notFound("The network");
    const partners = await db.federationPartner.findMany({
      where: { tenantId: input.tenantId },
      orderBy: [{ relation: "asc" }, { displayName: "asc" }],
    });
    const internal = partners.flatMap((p) => (p.partnerTenantId ? [p.partnerTenantId] : []));
    const [theirs, others] = await Promise.all([
      db.federationPartner.findMany({ where: { tenantId: { in: internal }, partnerTenantId: input.tenantId } }),
      db.tenant.findMany({ where: { id: { in: internal } }, select: { id: true, slug: true, status: true } }),
    ]);
    const rows = partners.map((p) => ({
      ...p,
      kind: p.partnerTenantId ? ("internal" as const) : ("external" as const),
      key: p.partnerTenantId ? (others.find((o) => o.id === p.partnerTenantId)?.slug ?? "") : p.externalKey!,
      theirStatus: p.partnerTenantId ? (theirs.find((t) => t.tenantId === p.partnerTenantId)?.status ?? null) : null,
      otherSuspended: others.find((o) => o.id === p.partnerTenantId)?.status === "suspended",
    }));
    return {
      mode: tenant.federationMode,
      guestLapseDays: tenant.guestLapseDays,
      partners: rows,
      pending: rows.filter((r) => r.status === "pending" && !r.requestedByUs),
    };
  },
});
