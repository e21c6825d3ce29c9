import { count } from "@/lib/operation/wire";
import { z } from "zod";
import { bumpFederationVersion } from "@/lib/federation/bump-federation-version";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { groupInput } from "./group-input";

export const deleteGroupSchema = groupInput.extend({
  moveMembersTo: z.uuid({ message: "choose the group that takes its members" }).optional(),
});

/**
 * Deletes a group that is empty, or moves its members to another group and
 * deletes it in the same transaction: nobody is ever left without a group.
 * The default group cannot be deleted.
 */
export const deleteGroup = defineOperation({
  name: "group.delete",
  kind: "write",
  permission: "groups.write",
  schema: deleteGroupSchema,
  example: (ids) => ({ tenantId: ids.tenantId, groupId: ids.otherGroupId }),
  api: {
    method: "DELETE",
    path: "/tenants/{tenantId}/groups/{groupId}",
    summary: "Delete a group, moving its members",
  },
  output: z.object({ deleted: z.literal(true), moved: count }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const group = await tx.securityGroup.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.groupId } },
    });
    if (!group) throw notFound("The group");
    if (group.isDefault) throw new OperationError("conflict", "The default group cannot be deleted.");
    const members = await tx.member.count({ where: { tenantId: input.tenantId, groupId: group.id } });
    let moved = 0;
    if (members > 0) {
      if (!input.moveMembersTo) {
        throw new OperationError("validation", "The group has members.", {
          moveMembersTo: [`the group has ${members} member(s): choose a group to move them to`],
        });
      }
      if (input.moveMembersTo === group.id) {
        throw new OperationError("validation", "Choose another group.", {
          moveMembersTo: ["choose a different group"],
        });
      }
      const target = await tx.securityGroup.findUnique({
        where: { tenantId_id: { tenantId: input.tenantId, id: input.moveMembersTo } },
      });
      if (!target)
        throw new OperationError("validation", "That group does not exist.", {
          moveMembersTo: ["that group does not exist"],
        });
      moved = (
        await tx.member.updateMany({
          where: { tenantId: input.tenantId, groupId: group.id },
          data: { groupId: target.id },
        })
      ).count;
    }
    await tx.securityGroup.delete({ where: { tenantId_id: { tenantId: input.tenantId, id: group.id } } });
    await bumpFederationVersion(tx, input.tenantId);
    return {
      result: { deleted: true, moved },
      audit: {
        target: { type: "group", id: group.id },
        changes: {
          before: { name: group.name, members },
          after: { deleted: true, movedTo: input.moveMembersTo ?? null, moved },
        },
      },
    };
  },
});
