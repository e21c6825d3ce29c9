import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const statusInput = tenantInput.extend({ reason: z.string().trim().max(500, "at most 500 characters").optional() });

/** Suspending or reactivating a network, from its audit action and status. */
export function defineTenantStatus(name: "tenant.suspend" | "tenant.reactivate", to: "suspended" | "active") {
  return defineOperation({
    name,
    kind: "write",
    permission: "platform.tenants.suspend",
    schema: statusInput,
    example: (ids) => ({ tenantId: ids.tenantId }),
    tenantOf: byTenant,
    api: { none: NO_DOOR.PLATFORM },
    async run({ input, tx }) {
      const tenant = await tx.tenant.findFirst({
        where: { id: input.tenantId, deletedAt: null },
        select: { status: true },
      });
      if (!tenant) throw notFound("The network");
      if (tenant.status === to) throw new OperationError("conflict", `The network is already ${to}.`);
      // A suspension reaches the messaging service on its next request: the
      // settings version changes, and every service answer refuses the members.
      await tx.tenant.update({
        where: { id: input.tenantId },
        data: { status: to, settingsVersion: { increment: 1 }, federationVersion: { increment: 1 } },
      });
      return {
        result: { status: to },
        audit: {
          target: { type: "tenant", id: input.tenantId },
          changes: {
            before: { status: tenant.status },
            after: { status: to, ...(input.reason ? { reason: input.reason } : {}) },
          },
        },
      };
    },
  });
}
