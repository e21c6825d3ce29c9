import { created } from "@/lib/operation/wire";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { assertKnownPartners } from "@/lib/federation/assert-known-partners";
import { toJson } from "@/lib/settings/to-json";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { groupName } from "./group-input";
import { groupSettingsSchema } from "@/lib/settings/group-settings";

export const createGroupSchema = tenantInput.extend({ name: groupName, settings: groupSettingsSchema.optional() });

// Create a security group (settings default to the platform defaults).
export const createGroup = defineOperation({
  name: "group.create",
  kind: "write",
  permission: "groups.write",
  schema: createGroupSchema,
  example: (ids) => ({ tenantId: ids.tenantId, name: "Probe group" }),
  api: { method: "POST", path: "/tenants/{tenantId}/groups", summary: "Create a security group" },
  output: created,
  tenantOf: byTenant,
  async run({ input, tx }) {
    if (
      await tx.securityGroup.findUnique({ where: { tenantId_name: { tenantId: input.tenantId, name: input.name } } })
    ) {
      throw new OperationError("conflict", "A group with that name exists.", {
        name: ["another group in this network has this name"],
      });
    }
    const settings = input.settings ?? groupSettingsSchema.parse({});
    await assertKnownPartners(tx, input.tenantId, (settings.federation as { partners: string[] }).partners);
    const group = await tx.securityGroup.create({
      data: { tenantId: input.tenantId, name: input.name, settings: toJson(settings) },
    });
    return {
      result: { id: group.id },
      audit: { target: { type: "group", id: group.id }, changes: { after: { name: input.name, settings } } },
    };
  },
});
