import { partner } from "@/lib/federation/partner-output";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

// GET one partner of a network, with the other side's view of the link when it is a network of this deployment.
export const getPartner = defineOperation({
  name: "federation.read",
  kind: "read",
  permission: "federation.read",
  schema: tenantInput.extend({ partnerId: z.uuid({ message: "expected a partner id" }) }),
  example: (ids) => ({ tenantId: ids.tenantId, partnerId: ids.partnerId }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/federation/partners/{partnerId}",
    summary: "A partner with both sides' history",
  },
  output: partner,
  tenantOf: byTenant,
  async run({ input, db }) {
    const row = await db.federationPartner.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.partnerId } },
    });
    if (!row) throw notFound("The partner");
    const [theirs, other] = row.partnerTenantId
      ? await Promise.all([
          db.federationPartner.findUnique({
            where: { tenantId_partnerTenantId: { tenantId: row.partnerTenantId, partnerTenantId: input.tenantId } },
          }),
          db.tenant.findUnique({ where: { id: row.partnerTenantId }, select: { slug: true, status: true } }),
        ])
      : [null, null];
    return {
      ...row,
      kind: row.partnerTenantId ? ("internal" as const) : ("external" as const),
      key: other?.slug ?? row.externalKey ?? "",
      theirStatus: theirs?.status ?? null,
      otherSuspended: other?.status === "suspended",
    };
  },
});
