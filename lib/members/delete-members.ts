import { type ActionRule, defineMemberAction } from "./member-rule";

// Delete members and their devices: refused while a legal hold covers any of them.
export const DELETE: ActionRule = {
  name: "member.delete",
  permission: "members.delete",
  refuseUnderHold: true,
  from: ["active", "pending", "suspended", "deactivated"],
  apply: (tx, tenantId, ids) => tx.member.deleteMany({ where: { tenantId, id: { in: ids } } }),
};
export const deleteMembers = defineMemberAction(DELETE, {
  method: "POST",
  path: "/tenants/{tenantId}/members/delete",
  summary: "Delete members (refused under a hold)",
});
