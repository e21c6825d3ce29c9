import { type ActionRule, defineMemberAction, setStatus } from "./member-rule";

// Lift a suspension.
export const REACTIVATE: ActionRule = {
  name: "member.reactivate",
  permission: "members.reactivate",
  from: ["suspended"],
  to: "active",
  apply: setStatus("active"),
};
export const reactivateMembers = defineMemberAction(REACTIVATE, {
  method: "POST",
  path: "/tenants/{tenantId}/members/reactivate",
  summary: "Reactivate members",
});
