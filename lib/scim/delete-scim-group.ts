import { NO_DOOR } from "@/lib/operation/door-reasons";
import { bumpFederationVersion } from "@/lib/federation/bump-federation-version";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { ScimError } from "./scim-error";
import { lockScimGroup } from "./scim-groups";
import { scimResourceInput } from "./scim-input";

/** DELETE /Groups/{id}: its members move to the default group, as the console's delete does when told to. */
export const deleteScimGroup = defineOperation({
  name: "group.delete",
  kind: "write",
  permission: "scim.provision",
  schema: scimResourceInput,
  example: (ids) => ({ tenantId: ids.tenantId, base: "http://x/scim", id: ids.groupId }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const group = await lockScimGroup(tx, input.tenantId, input.id);
    if (group.isDefault)
      throw new ScimError(400, "mutability", `${group.name} is the network's default group and cannot be deleted.`);
    const fallback = await tx.securityGroup.findFirstOrThrow({
      where: { tenantId: input.tenantId, isDefault: true },
      select: { id: true },
    });
    const { count: moved } = await tx.member.updateMany({
      where: { tenantId: input.tenantId, groupId: group.id },
      data: { groupId: fallback.id },
    });
    await tx.securityGroup.delete({ where: { tenantId_id: { tenantId: input.tenantId, id: group.id } } });
    // A group's federation narrowing is part of every decision for its members.
    await bumpFederationVersion(tx, input.tenantId);
    return {
      result: null,
      audit: {
        target: { type: "group", id: group.id },
        changes: {
          before: { name: group.name, members: moved },
          after: { deleted: true, movedTo: fallback.id, moved, via: "scim" },
        },
      },
    };
  },
});
