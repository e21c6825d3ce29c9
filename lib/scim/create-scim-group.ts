import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { groupSettingsSchema } from "@/lib/settings/group-settings";
import { defineOperation } from "@/lib/operation/define-operation";
import { uniqueViolationFields } from "@/lib/operation/unique-violation";
import { toJson } from "@/lib/settings/to-json";
import { byTenant } from "@/lib/validation/tenant-input";
import { ScimError } from "./scim-error";
import { assertGroupUnique, changeGroupMembers, readScimGroup, toScimGroup } from "./scim-groups";
import { scimInput } from "./scim-input";

/**
 * POST /Groups: a new security group with the platform's default settings,
 * and its members moved into it (each member is in exactly one group).
 */
export const createScimGroup = defineOperation({
  name: "group.create",
  kind: "write",
  permission: "scim.provision",
  schema: scimInput.extend({ group: z.record(z.string(), z.unknown(), { message: "expected a Group object" }) }),
  example: (ids) => ({ tenantId: ids.tenantId, base: "http://x/scim", group: { displayName: "Probe SCIM group" } }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const doc = readScimGroup(input.group);
    await assertGroupUnique(tx, input.tenantId, doc);
    const settings = groupSettingsSchema.parse({});
    let group;
    try {
      group = await tx.securityGroup.create({
        data: {
          tenantId: input.tenantId,
          name: doc.displayName,
          externalId: doc.externalId ?? null,
          settings: toJson(settings),
        },
      });
    } catch (err) {
      const fields = uniqueViolationFields(err);
      if (fields)
        throw new ScimError(
          409,
          "uniqueness",
          `${fields.includes("name") ? "displayName" : "externalId"}: another group in this network already has this value.`,
        );
      throw err;
    }
    const moves = doc.members?.length
      ? await changeGroupMembers(tx, group, { add: doc.members.map((m) => m.value) }, "members")
      : [];
    return {
      result: await toScimGroup(tx, group, input.base),
      audit: [
        {
          target: { type: "group", id: group.id },
          changes: { after: { name: group.name, externalId: group.externalId, settings, via: "scim" } },
        },
        ...moves,
      ],
    };
  },
});
