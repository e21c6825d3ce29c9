import { type ActionRule, defineMemberAction, setStatus } from "./member-rule";

// (Re)send invitations: pending for another 7 days.
export const REINVITE: ActionRule = {
  name: "member.reinvite",
  permission: "members.invite",
  from: ["pending", "deactivated"],
  to: "pending",
  apply: setStatus("pending"),
  command: "send_invite",
};
export const reinviteMembers = defineMemberAction(REINVITE, {
  method: "POST",
  path: "/tenants/{tenantId}/members/reinvite",
  summary: "Send invitations again",
});
