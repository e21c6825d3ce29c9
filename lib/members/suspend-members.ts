import { type ActionRule, defineMemberAction, setStatus } from "./member-rule";

// Suspend members: they are signed out by the messaging service's next poll.
export const SUSPEND: ActionRule = {
  name: "member.suspend",
  permission: "members.suspend",
  from: ["active", "pending"],
  to: "suspended",
  apply: setStatus("suspended"),
  command: "sign_out",
};
export const suspendMembers = defineMemberAction(SUSPEND, {
  method: "POST",
  path: "/tenants/{tenantId}/members/suspend",
  summary: "Suspend members (ids or filter)",
});
