import { NO_DOOR } from "@/lib/operation/door-reasons";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { projectScimResource } from "./project-scim-resource";
import { scimResourceInput } from "./scim-input";
import { scimProjection } from "./scim-list-params";
import { isScimId, scimUserOf, userNotFound } from "./scim-members";
import { ENTERPRISE_SCHEMA, USER_SCHEMA } from "./scim-schema";

// GET /Users/{id}: a member the identity provider deleted is not found.
export const getScimUser = defineOperation({
  name: "scim.read",
  kind: "read",
  permission: "scim.provision",
  schema: scimResourceInput.extend(scimProjection.shape),
  example: (ids) => ({ tenantId: ids.tenantId, base: "http://x/scim", id: ids.memberId }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, db }) {
    const m = isScimId(input.id)
      ? await db.member.findFirst({ where: { tenantId: input.tenantId, id: input.id, scimDeletedAt: null } })
      : null;
    if (!m) throw userNotFound(input.id);
    return projectScimResource(await scimUserOf(db, m, input.base), input, USER_SCHEMA, [ENTERPRISE_SCHEMA]);
  },
});
