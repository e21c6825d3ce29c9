import { type ActionRule, defineMemberAction, setStatus, resetDevices } from "./member-rule";

// Deactivate members: signed out, devices reset, no sign-in until reinvited.
export const DEACTIVATE: ActionRule = {
  name: "member.deactivate",
  permission: "members.update",
  from: ["active", "pending", "suspended"],
  to: "deactivated",
  apply: async (tx, tenantId, ids) => {
    await resetDevices(tx, tenantId, ids);
    await setStatus("deactivated")(tx, tenantId, ids);
  },
  command: "sign_out",
};
export const deactivateMembers = defineMemberAction(
  DEACTIVATE,
  {
    method: "POST",
    path: "/tenants/{tenantId}/members/deactivate",
    summary: "Deactivate members",
  },
  (ids) => ({ tenantId: ids.tenantId, filter: { status: ["active"] } }),
);
