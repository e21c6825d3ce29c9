import { partner } from "@/lib/federation/partner-output";
import { page, count } from "@/lib/operation/wire";
import { z } from "zod";
import type { FederationPartner, Prisma } from "@/lib/generated/prisma/client";
import { PartnerStatus, FederationMode } from "@/lib/generated/prisma/enums";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const ORDER: KeyColumn[] = [
  { field: "displayName", dir: "asc", kind: "string" },
  { field: "id", dir: "asc", kind: "string" },
];

export const listFederationSchema = tenantInput.extend({
  relation: z.enum(["allow", "deny"], { message: "expected allow or deny" }).optional(),
  status: z.enum(PartnerStatus, { message: "expected pending, active, rejected, suspended or revoked" }).optional(),
  ...keysetFields(100),
});

/** Partners with the other side's view: its slug, its status of the link, and whether it is suspended. */
async function withTheirSide(
  db: Pick<Prisma.TransactionClient, "federationPartner" | "tenant">,
  tenantId: string,
  partners: FederationPartner[],
) {
  const internal = partners.flatMap((p) => (p.partnerTenantId ? [p.partnerTenantId] : []));
  const [theirs, others] = await Promise.all([
    db.federationPartner.findMany({ where: { tenantId: { in: internal }, partnerTenantId: tenantId } }),
    db.tenant.findMany({ where: { id: { in: internal } }, select: { id: true, slug: true, status: true } }),
  ]);
  return partners.map((p) => ({
    ...p,
    kind: p.partnerTenantId ? ("internal" as const) : ("external" as const),
    key: p.partnerTenantId ? (others.find((o) => o.id === p.partnerTenantId)?.slug ?? "") : p.externalKey!,
    theirStatus: p.partnerTenantId ? (theirs.find((t) => t.tenantId === p.partnerTenantId)?.status ?? null) : null,
    otherSuspended: others.find((o) => o.id === p.partnerTenantId)?.status === "suspended",
  }));
}

/**
 * GET a network's federation: its mode, the requests awaiting its answer, and
 * a page of its partners (`rows`, by name) with both sides' status.
 */
export const listFederation = defineOperation({
  name: "federation.read",
  kind: "read",
  permission: "federation.read",
  schema: listFederationSchema,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/federation", summary: "Federation mode, partners, requests" },
  output: page(partner, {
    mode: z.enum(FederationMode),
    guestLapseDays: count,
    pending: z.array(partner),
  }),
  tenantOf: byTenant,
  async run({ input, db }) {
    const tenant = await db.tenant.findFirst({ where: { id: input.tenantId, deletedAt: null } });
    if (!tenant) throw notFound("The network");
    const base = {
      tenantId: input.tenantId,
      ...(input.relation ? { relation: input.relation } : {}),
      ...(input.status ? { status: input.status } : {}),
    };
    const [page, pending] = await Promise.all([
      pageByKeyset(ORDER, input, (keyset) =>
        db.federationPartner.findMany({ ...keyset, where: { AND: [base, keyset.where] } }),
      ),
      // Requests are answered and leave this list; 200 waiting would already be unusual.
      db.federationPartner.findMany({
        where: { tenantId: input.tenantId, status: "pending", requestedByUs: false },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 200,
      }),
    ]);
    return {
      mode: tenant.federationMode,
      guestLapseDays: tenant.guestLapseDays,
      pending: await withTheirSide(db, input.tenantId, pending),
      ...page,
      rows: await withTheirSide(db, input.tenantId, page.rows),
    };
  },
});
