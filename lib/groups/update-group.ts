import { count } from "@/lib/operation/wire";
import { z } from "zod";
import { diffFields } from "@/lib/audit/diff-fields";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { toJson } from "@/lib/settings/to-json";
import { assertKnownPartners } from "@/lib/federation/assert-known-partners";
import { bumpFederationVersion } from "@/lib/federation/bump-federation-version";
import { previewGroupLifetimeChange } from "@/lib/retention/preview-group-lifetime-change";
import { byTenant } from "@/lib/validation/tenant-input";
import { groupInput, groupName } from "./group-input";
import { groupSettingsSchema, readGroupSettings } from "@/lib/settings/group-settings";

export const updateGroupSchema = groupInput.extend({
  name: groupName,
  settings: groupSettingsSchema,
  // The version the editor loaded: a save over someone else's newer change is refused, not merged blindly.
  expectedVersion: z.coerce.number().int().positive().optional(),
  // A change that makes any member's messages go sooner must be confirmed, after the preview.
  confirmShortening: z.boolean().default(false),
});

// Rename a group and change its settings. Takes effect on the service's next request.
export const updateGroup = defineOperation({
  name: "group.update",
  kind: "write",
  permission: "groups.write",
  schema: updateGroupSchema,
  example: (ids) => ({ tenantId: ids.tenantId, groupId: ids.groupId, name: "Renamed", settings: {} }),
  api: { method: "PATCH", path: "/tenants/{tenantId}/groups/{groupId}", summary: "Update a group's name and settings" },
  output: z.object({ version: count, changed: z.boolean() }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const key = { tenantId_id: { tenantId: input.tenantId, id: input.groupId } };
    const group = await tx.securityGroup.findUnique({ where: key });
    if (!group) throw notFound("The group");
    if (input.expectedVersion && input.expectedVersion !== group.version) {
      throw new OperationError(
        "conflict",
        "Someone else changed this group since you opened it. Reload to see their change, then edit again.",
      );
    }
    if (
      input.name !== group.name &&
      (await tx.securityGroup.findUnique({ where: { tenantId_name: { tenantId: input.tenantId, name: input.name } } }))
    ) {
      throw new OperationError("conflict", "A group with that name exists.", {
        name: ["another group in this network has this name"],
      });
    }
    await assertKnownPartners(tx, input.tenantId, (input.settings.federation as { partners: string[] }).partners);
    const before = { name: group.name, settings: readGroupSettings(group.settings) };
    const after = { name: input.name, settings: input.settings };
    const changes = diffFields(before, after);
    if (Object.keys(changes.after).length === 0)
      return {
        result: { version: group.version, changed: false },
        audit: { target: { type: "group", id: group.id }, changes },
      };
    const caps = (settings: { messaging: unknown }) => {
      const m = settings.messaging as { expirationMaxMinutes: number; burnOnReadMaxMinutes: number };
      return { expirationMaxMinutes: m.expirationMaxMinutes, burnOnReadMaxMinutes: m.burnOnReadMaxMinutes };
    };
    const impact = await previewGroupLifetimeChange(
      tx,
      input.tenantId,
      group.id,
      caps(before.settings),
      caps(input.settings),
    );
    if (impact.shortened > 0 && !input.confirmShortening) {
      throw new OperationError(
        "validation",
        `${impact.shortened} member(s) in this group would have their messages go sooner. Confirm to continue.`,
        { confirmShortening: [JSON.stringify(impact)] },
      );
    }
    // A group's federation narrowing is part of every decision for its members.
    await bumpFederationVersion(tx, input.tenantId);
    const updated = await tx.securityGroup.update({
      where: key,
      data: { name: input.name, settings: toJson(input.settings), version: { increment: 1 } },
    });
    return {
      result: { version: updated.version, changed: true },
      audit: { target: { type: "group", id: group.id }, changes },
    };
  },
});
