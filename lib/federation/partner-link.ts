import { PartnerStatus } from "@/lib/generated/prisma/enums";
import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { type AuditAction } from "@/lib/audit-chain/audit-actions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type ApiRouteSpec, defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { actorLabel, type Ctx } from "@/lib/rbac/actor";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { bumpFederationVersion } from "./bump-federation-version";

export const partnerInput = tenantInput.extend({ partnerId: z.uuid({ message: "expected a partner id" }) });

type Status = "pending" | "active" | "rejected" | "suspended" | "revoked";

/**
 * Moves this side's record (and, where the rule says so, the other side's) and
 * notes the change in the other network's audit log too, so each side's history
 * shows what the other did.
 */
async function move(
  tx: Prisma.TransactionClient,
  ctx: Ctx,
  input: { tenantId: string; partnerId: string },
  rule: { from: Status[]; to: Status; both: boolean; action: AuditAction; incomingOnly?: boolean },
) {
  const row = await tx.federationPartner.findUnique({
    where: { tenantId_id: { tenantId: input.tenantId, id: input.partnerId } },
  });
  if (!row) throw notFound("The partner");
  if (row.relation !== "allow") throw new OperationError("conflict", "A deny-list entry has no link to change.");
  if (rule.incomingOnly && row.requestedByUs)
    throw new OperationError("conflict", "Only the network that received the request can answer it.");
  if (!rule.from.includes(row.status))
    throw new OperationError("conflict", `The link is ${row.status}; it cannot become ${rule.to} from there.`);
  await tx.federationPartner.update({
    where: { tenantId_id: { tenantId: input.tenantId, id: row.id } },
    data: { status: rule.to },
  });
  if (row.partnerTenantId) {
    const theirs = await tx.federationPartner.findUnique({
      where: { tenantId_partnerTenantId: { tenantId: row.partnerTenantId, partnerTenantId: input.tenantId } },
    });
    if (theirs && theirs.relation === "allow") {
      if (rule.both)
        await tx.federationPartner.update({
          where: { tenantId_id: { tenantId: theirs.tenantId, id: theirs.id } },
          data: { status: rule.to },
        });
      const me = await tx.tenant.findUniqueOrThrow({
        where: { id: input.tenantId },
        select: { name: true, slug: true },
      });
      await appendAuditEvent(tx, {
        tenantId: theirs.tenantId,
        action: rule.action,
        outcome: "success",
        actor: { type: "system", label: `${me.name} (${actorLabel(ctx.actor)})` },
        target: { type: "federation_partner", id: theirs.id },
        changes: {
          before: { status: theirs.status },
          after: { status: rule.both ? rule.to : theirs.status, by: me.slug },
        },
      });
    }
    await bumpFederationVersion(tx, input.tenantId, row.partnerTenantId);
  } else await bumpFederationVersion(tx, input.tenantId);
  return {
    result: { status: rule.to },
    audit: {
      target: { type: "federation_partner", id: row.id },
      changes: { before: { status: row.status }, after: { status: rule.to } },
    },
  };
}

/** A move of a federation link (accept, reject, suspend, …), from its rule and its API route. */
export function defineLinkOperation(name: AuditAction, rule: Parameters<typeof move>[3], api: ApiRouteSpec) {
  return defineOperation({
    name,
    kind: "write",
    permission: "federation.write",
    schema: partnerInput,
    example: (ids) => ({ tenantId: ids.tenantId, partnerId: ids.partnerId }),
    tenantOf: byTenant,
    api,
    output: z.object({ status: z.enum(PartnerStatus) }),
    run: ({ ctx, input, tx }) => move(tx, ctx, input, rule),
  });
}
