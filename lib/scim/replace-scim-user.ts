import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { scimResourceInput } from "./scim-input";
import { applyScimUser, lockScimMember } from "./scim-members";
import { readScimUser } from "./scim-user";

// PUT /Users/{id}: replace the user's attributes (an `active` left out leaves the status as it is).
export const replaceScimUser = defineOperation({
  name: "member.update",
  kind: "write",
  permission: "scim.provision",
  schema: scimResourceInput.extend({ user: z.record(z.string(), z.unknown(), { message: "expected a User object" }) }),
  example: (ids) => ({
    tenantId: ids.tenantId,
    base: "http://x/scim",
    id: ids.memberId,
    user: { userName: "renamed@example.test" },
  }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const fields = readScimUser(input.user);
    const before = await lockScimMember(tx, input.tenantId, input.id);
    const { resource, records } = await applyScimUser(tx, before, fields, input.base);
    return { result: resource, audit: records };
  },
});
