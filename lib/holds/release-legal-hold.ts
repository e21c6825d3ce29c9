import { lifetimeImpact } from "@/lib/retention/lifetime-impact-output";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { previewHoldRelease } from "./preview-hold-change";

/**
 * Releases a hold (compliance officers only, by the matrix). Releasing deletes
 * nothing: what was kept is then subject to the ordinary retention policy again.
 */
export const releaseLegalHold = defineOperation({
  name: "hold.release",
  kind: "write",
  permission: "legal_holds.write",
  schema: tenantInput.extend({
    holdId: z.uuid({ message: "expected a hold id" }),
    // Custodians no other hold covers have their messages expire again: a shortening, so it is confirmed.
    confirmShortening: z.boolean().default(false),
  }),
  example: (ids) => ({ tenantId: ids.tenantId, holdId: ids.holdId, confirmShortening: true }),
  api: { method: "POST", path: "/tenants/{tenantId}/holds/{holdId}/release", summary: "Release a legal hold" },
  output: z.object({ released: z.literal(true), impact: lifetimeImpact }),
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const hold = await tx.legalHold.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.holdId } },
    });
    if (!hold) throw notFound("The hold");
    if (hold.releasedAt) throw new OperationError("conflict", "The hold is already released.");
    const impact = await previewHoldRelease(tx, input.tenantId, hold.id);
    if (impact.shortened > 0 && !input.confirmShortening)
      throw new OperationError(
        "validation",
        `${impact.shortened} member(s) would no longer be retained and their messages would expire again. Confirm to continue.`,
        { confirmShortening: [JSON.stringify(impact)] },
      );
    await tx.legalHold.update({
      where: { tenantId_id: { tenantId: input.tenantId, id: hold.id } },
      data: { releasedAt: new Date(), releasedById: ctx.actor.type === "console_user" ? ctx.actor.id : null },
    });
    return {
      result: { released: true, impact },
      audit: {
        target: { type: "legal_hold", id: hold.id },
        changes: {
          before: { released: false },
          after: { released: true, deleted: 0, noLongerRetained: impact.shortened },
        },
      },
    };
  },
});
