import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

/**
 * Releases a hold (compliance officers only, by the matrix). Releasing deletes
 * nothing: what was kept is then subject to the ordinary retention policy again.
 */
export const releaseLegalHold = defineOperation({
  name: "hold.release",
  kind: "write",
  permission: "legal_holds.write",
  schema: tenantInput.extend({ holdId: z.uuid({ message: "expected a hold id" }) }),
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const hold = await tx.legalHold.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.holdId } },
    });
    if (!hold) throw notFound("The hold");
    if (hold.releasedAt) throw new OperationError("conflict", "The hold is already released.");
    await tx.legalHold.update({
      where: { tenantId_id: { tenantId: input.tenantId, id: hold.id } },
      data: { releasedAt: new Date(), releasedById: ctx.actor.type === "console_user" ? ctx.actor.id : null },
    });
    return {
      result: { released: true },
      audit: {
        target: { type: "legal_hold", id: hold.id },
        changes: { before: { released: false }, after: { released: true, deleted: 0 } },
      },
    };
  },
});
