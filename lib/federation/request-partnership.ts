import { created } from "@/lib/operation/wire";
import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { actorLabel } from "@/lib/rbac/actor";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { bumpFederationVersion } from "./bump-federation-version";

export const requestPartnershipSchema = tenantInput.extend({
  partnerSlug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "enter the other network's slug")
    .max(63, "at most 63 characters"),
});

/**
 * Asks another network of this deployment for a federation link. Both sides get
 * a pending record; the link is active once the other side's admin accepts. A
 * request to a network that had rejected or revoked an earlier one starts over.
 */
export const requestPartnership = defineOperation({
  name: "federation.partner_request",
  kind: "write",
  permission: "federation.write",
  schema: requestPartnershipSchema,
  example: (ids) => ({ tenantId: ids.tenantId, partnerSlug: ids.otherSlug }),
  api: { method: "POST", path: "/tenants/{tenantId}/federation/requests", summary: "Ask another network to federate" },
  output: created,
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const [me, other] = await Promise.all([
      tx.tenant.findFirst({ where: { id: input.tenantId, deletedAt: null } }),
      tx.tenant.findFirst({ where: { slug: input.partnerSlug, deletedAt: null } }),
    ]);
    if (!me || !other)
      throw new OperationError("validation", "No such network.", {
        partnerSlug: ["no network in this deployment has this slug"],
      });
    if (other.id === me.id)
      throw new OperationError("validation", "A network cannot federate with itself.", {
        partnerSlug: ["that is this network"],
      });
    const existing = await tx.federationPartner.findUnique({
      where: { tenantId_partnerTenantId: { tenantId: me.id, partnerTenantId: other.id } },
    });
    if (existing?.relation === "allow" && ["pending", "active", "suspended"].includes(existing.status))
      throw new OperationError("conflict", `There is already a ${existing.status} link with ${other.name}.`, {
        partnerSlug: [`already ${existing.status}`],
      });
    if (existing?.relation === "deny")
      throw new OperationError("conflict", `${other.name} is on this network's deny-list; remove it first.`, {
        partnerSlug: ["on the deny-list"],
      });
    const theirs = await tx.federationPartner.findUnique({
      where: { tenantId_partnerTenantId: { tenantId: other.id, partnerTenantId: me.id } },
    });
    const mine = {
      relation: "allow" as const,
      status: "pending" as const,
      displayName: other.name,
      requestedByUs: true,
    };
    const row = await tx.federationPartner.upsert({
      where: { tenantId_partnerTenantId: { tenantId: me.id, partnerTenantId: other.id } },
      create: { tenantId: me.id, partnerTenantId: other.id, ...mine },
      update: mine,
    });
    // The other side's record, unless it has us on its deny-list: then the request stays unanswered.
    if (theirs?.relation !== "deny") {
      const incoming = {
        relation: "allow" as const,
        status: "pending" as const,
        displayName: me.name,
        requestedByUs: false,
      };
      const their = await tx.federationPartner.upsert({
        where: { tenantId_partnerTenantId: { tenantId: other.id, partnerTenantId: me.id } },
        create: { tenantId: other.id, partnerTenantId: me.id, ...incoming },
        update: incoming,
      });
      await appendAuditEvent(tx, {
        tenantId: other.id,
        action: "federation.partner_request_received",
        outcome: "success",
        actor: { type: "system", label: `${me.name} (${actorLabel(ctx.actor)})` },
        target: { type: "federation_partner", id: their.id },
        changes: { after: { from: me.slug, status: "pending" } },
      });
    }
    await bumpFederationVersion(tx, me.id, other.id);
    return {
      result: { id: row.id },
      audit: {
        target: { type: "federation_partner", id: row.id },
        changes: { after: { partner: other.slug, status: "pending" } },
      },
    };
  },
});
