import { groupSettingsSchema } from "@/lib/settings/group-settings";
import { id, count, at } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { groupInput } from "./group-input";
import { readGroupSettings } from "@/lib/settings/group-settings";

// GET one security group with its full settings (defaults filled in).
export const getGroup = defineOperation({
  name: "group.read",
  kind: "read",
  permission: "groups.read",
  schema: groupInput,
  example: (ids) => ({ tenantId: ids.tenantId, groupId: ids.groupId }),
  api: { method: "GET", path: "/tenants/{tenantId}/groups/{groupId}", summary: "Read a security group" },
  output: z.object({
    tenantId: id,
    id,
    name: z.string(),
    isDefault: z.boolean(),
    settings: groupSettingsSchema,
    version: count,
    externalId: z.string().nullable(),
    createdAt: at,
    updatedAt: at,
    members: count,
  }),
  tenantOf: byTenant,
  async run({ input, db }) {
    const group = await db.securityGroup.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.groupId } },
    });
    if (!group) throw notFound("The group");
    const members = await db.member.count({ where: { tenantId: input.tenantId, groupId: group.id } });
    return { ...group, settings: readGroupSettings(group.settings), members };
  },
});
