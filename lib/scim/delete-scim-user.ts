import { NO_DOOR } from "@/lib/operation/door-reasons";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { scimResourceInput } from "./scim-input";
import { lockScimMember, removeScimMember } from "./scim-members";

/**
 * DELETE /Users/{id}: the member is deactivated as the console does it —
 * signed out, devices reset — and is gone for SCIM (GET is 404). The row is
 * kept, as retention and legal holds require; the metadata retention job
 * removes it when its time comes (never while a hold covers it). Provisioning
 * the same person again restores it.
 */
export const deleteScimUser = defineOperation({
  name: "member.deactivate",
  kind: "write",
  permission: "scim.provision",
  schema: scimResourceInput,
  example: (ids) => ({ tenantId: ids.tenantId, base: "http://x/scim", id: ids.memberId }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const member = await lockScimMember(tx, input.tenantId, input.id);
    return { result: null, audit: await removeScimMember(tx, member) };
  },
});
