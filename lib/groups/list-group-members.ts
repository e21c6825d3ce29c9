import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { groupInput } from "./group-input";

// GET the first 200 members of a group, for moving them (the directory pages the rest).
export const listGroupMembers = defineOperation({
  name: "group.read",
  kind: "read",
  permission: "members.read",
  schema: groupInput,
  tenantOf: byTenant,
  run: ({ input, db }) =>
    db.member.findMany({
      where: { tenantId: input.tenantId, groupId: input.groupId },
      orderBy: { displayName: "asc" },
      take: 200,
      select: { id: true, displayName: true, email: true, status: true },
    }),
});
