import { lifetimeImpact } from "@/lib/retention/lifetime-impact-output";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { createLegalHoldSchema } from "./create-legal-hold";
import { previewHoldPlacement } from "./preview-hold-change";

/**
 * What a new hold would change, before it is placed: the same input as
 * createLegalHold, checked the same way, nothing saved. The console shows it
 * and places the hold on the next click.
 */
export const previewLegalHold = defineOperation({
  name: "hold.preview",
  kind: "read",
  permission: "legal_holds.write",
  schema: createLegalHoldSchema,
  example: (ids) => ({ tenantId: ids.tenantId, name: "Probe hold", matter: "M-1", groupIds: [ids.groupId] }),
  api: { method: "POST", path: "/tenants/{tenantId}/holds/preview", summary: "Who a hold would retain" },
  output: lifetimeImpact,
  tenantOf: byTenant,
  async run({ input, db }) {
    const members = await db.member.findMany({
      where: { tenantId: input.tenantId, email: { in: input.memberEmails } },
      select: { id: true, email: true },
    });
    const unknown = input.memberEmails.filter((e) => !members.some((m) => m.email === e));
    if (unknown.length)
      throw new OperationError("validation", "Some custodians are not members.", {
        memberEmails: [
          `not members of this network: ${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? "…" : ""}`,
        ],
      });
    return previewHoldPlacement(
      db,
      input.tenantId,
      members.map((m) => m.id),
      input.groupIds,
    );
  },
});
