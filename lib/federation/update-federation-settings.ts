import { FederationMode } from "@/lib/generated/prisma/enums";
import { z } from "zod";
import { diffFields } from "@/lib/audit/diff-fields";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { bumpFederationVersion } from "./bump-federation-version";

export const updateFederationSettingsSchema = tenantInput.extend({
  mode: z.enum(["off", "restricted", "open"], { message: "choose off, restricted or open" }),
  guestLapseDays: z.coerce
    .number({ message: "expected a number of days" })
    .int("expected a whole number of days")
    .min(1, "between 1 and 3,650 days")
    .max(3650, "between 1 and 3,650 days"),
});

// The network's federation mode and how long guests last without contact. Applies to the next decision.
export const updateFederationSettings = defineOperation({
  name: "federation.mode_update",
  kind: "write",
  permission: "federation.write",
  schema: updateFederationSettingsSchema,
  example: (ids) => ({ tenantId: ids.tenantId, mode: "open", guestLapseDays: 30 }),
  api: {
    method: "PUT",
    path: "/tenants/{tenantId}/federation/settings",
    summary: "Federation mode",
    version: { operation: "listFederation", path: "/tenants/{tenantId}/federation" },
  },
  output: z.object({ mode: z.enum(FederationMode) }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const before = await tx.tenant.findFirst({ where: { id: input.tenantId, deletedAt: null } });
    if (!before) throw notFound("The network");
    await tx.tenant.update({
      where: { id: input.tenantId },
      data: { federationMode: input.mode, guestLapseDays: input.guestLapseDays },
    });
    await bumpFederationVersion(tx, input.tenantId);
    return {
      result: { mode: input.mode },
      audit: {
        target: { type: "tenant", id: input.tenantId },
        changes: diffFields(
          { federationMode: before.federationMode, guestLapseDays: before.guestLapseDays },
          { federationMode: input.mode, guestLapseDays: input.guestLapseDays },
        ),
      },
    };
  },
});
