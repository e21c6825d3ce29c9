import { NO_DOOR } from "@/lib/operation/door-reasons";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { groupNotFound, toScimGroup } from "./scim-groups";
import { scimResourceInput } from "./scim-input";
import { scimProjection } from "./scim-list-params";
import { isScimId } from "./scim-members";

// GET /Groups/{id} (excludedAttributes=members to leave the members out)
export const getScimGroup = defineOperation({
  name: "scim.read",
  kind: "read",
  permission: "scim.provision",
  schema: scimResourceInput.extend(scimProjection.shape),
  example: (ids) => ({ tenantId: ids.tenantId, base: "http://x/scim", id: ids.groupId }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, db }) {
    const g = isScimId(input.id)
      ? await db.securityGroup.findUnique({ where: { tenantId_id: { tenantId: input.tenantId, id: input.id } } })
      : null;
    if (!g) throw groupNotFound(input.id);
    return toScimGroup(db, g, input.base, input);
  },
});
