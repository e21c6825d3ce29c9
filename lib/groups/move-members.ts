import { count } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

export const moveMembersSchema = tenantInput.extend({
  memberIds: z
    .array(z.uuid({ message: "expected member ids" }))
    .min(1, "choose at least one member")
    .max(10_000, "at most 10,000 members at once"),
  groupId: z.uuid({ message: "choose a group" }),
});

// Move one or many members into a group, all or none.
export const moveMembers = defineOperation({
  name: "member.move",
  kind: "write",
  permission: "groups.write",
  schema: moveMembersSchema,
  example: (ids) => ({ tenantId: ids.tenantId, memberIds: [ids.memberId], groupId: ids.otherGroupId }),
  api: { method: "POST", path: "/tenants/{tenantId}/members/move", summary: "Move members to a group" },
  output: z.object({ moved: count }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const target = await tx.securityGroup.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.groupId } },
    });
    if (!target)
      throw new OperationError("validation", "That group does not exist.", { groupId: ["that group does not exist"] });
    const ids = [...new Set(input.memberIds)];
    const found = await tx.member.findMany({
      where: { tenantId: input.tenantId, id: { in: ids } },
      select: { id: true, groupId: true },
    });
    if (found.length !== ids.length) {
      throw new OperationError("validation", "Some members were not found.", {
        memberIds: [`${ids.length - found.length} of the members are not in this network`],
      });
    }
    const moving = found.filter((m) => m.groupId !== target.id);
    await tx.member.updateMany({
      where: { tenantId: input.tenantId, id: { in: moving.map((m) => m.id) } },
      data: { groupId: target.id },
    });
    // (Object.groupBy would read better, but Node 20 does not have it.)
    const fromGroups: Record<string, number> = {};
    for (const m of moving) fromGroups[m.groupId] = (fromGroups[m.groupId] ?? 0) + 1;
    return {
      result: { moved: moving.length },
      audit: {
        target: { type: "group", id: target.id },
        changes: {
          before: { groups: fromGroups },
          after: {
            group: target.id,
            moved: moving.length,
            members: moving.length <= 50 ? moving.map((m) => m.id) : undefined,
          },
        },
      },
    };
  },
});
