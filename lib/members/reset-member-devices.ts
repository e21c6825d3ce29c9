import { type ActionRule, defineMemberAction, resetDevices } from "./member-rule";

// Reset members' devices: each must register again.
export const RESET_DEVICES: ActionRule = {
  name: "member.reset_devices",
  permission: "members.reset_devices",
  from: ["active", "pending", "suspended"],
  apply: resetDevices,
  command: "wipe_devices",
};
export const resetMemberDevices = defineMemberAction(RESET_DEVICES, {
  method: "POST",
  path: "/tenants/{tenantId}/members/reset-devices",
  summary: "Reset members' devices",
});
