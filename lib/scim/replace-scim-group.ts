import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { diffFields } from "@/lib/audit/diff-fields";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { assertGroupUnique, changeGroupMembers, lockScimGroup, readScimGroup, toScimGroup } from "./scim-groups";
import { scimResourceInput } from "./scim-input";

/**
 * PUT /Groups/{id}: the name, externalId and exact membership as sent (members
 * left out of the list move to the default group, as RFC 7644 §3.5.1's
 * replace says).
 */
export const replaceScimGroup = defineOperation({
  name: "group.update",
  kind: "write",
  permission: "scim.provision",
  schema: scimResourceInput.extend({
    group: z.record(z.string(), z.unknown(), { message: "expected a Group object" }),
  }),
  example: (ids) => ({
    tenantId: ids.tenantId,
    base: "http://x/scim",
    id: ids.groupId,
    group: { displayName: "Renamed by SCIM", members: [{ value: ids.memberId }] },
  }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const doc = readScimGroup(input.group);
    const group = await lockScimGroup(tx, input.tenantId, input.id);
    await assertGroupUnique(tx, input.tenantId, doc, group.id);
    const changes = diffFields(
      { name: group.name, externalId: group.externalId },
      { name: doc.displayName, externalId: doc.externalId ?? null },
    );
    const renamed = Object.keys(changes.after).length > 0;
    const updated = renamed
      ? await tx.securityGroup.update({
          where: { tenantId_id: { tenantId: group.tenantId, id: group.id } },
          data: { name: doc.displayName, externalId: doc.externalId ?? null, version: { increment: 1 } },
        })
      : group;
    const moves = await changeGroupMembers(tx, updated, { set: (doc.members ?? []).map((m) => m.value) }, "members");
    return {
      result: await toScimGroup(tx, updated, input.base),
      audit: [...(renamed || !moves.length ? [{ target: { type: "group", id: group.id }, changes }] : []), ...moves],
    };
  },
});
