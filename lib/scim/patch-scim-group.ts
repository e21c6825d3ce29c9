import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { diffFields } from "@/lib/audit/diff-fields";
import { groupName } from "@/lib/groups/group-input";
import { type AuditRecord, defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { normalizePatchOps, pathHead, readPatchRequest } from "./normalize-scim-patch";
import { ScimError } from "./scim-error";
import { assertGroupUnique, changeGroupMembers, lockScimGroup, memberRefs, toScimGroup } from "./scim-groups";
import { scimResourceInput } from "./scim-input";
import { GROUP_SCHEMA } from "./scim-schema";
import { canonicalKeys } from "./scim-user";

const externalId = z.string().trim().max(256, "at most 256 characters").nullable();

function read<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ScimError(400, "invalidValue", `${where}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/**
 * PATCH /Groups/{id}: rename (displayName), externalId, and members — add,
 * remove (a list, one by `members[value eq "…"]`, or all), replace — in the
 * dialects Entra ID and Okta send. Membership moves members between groups,
 * since each is in exactly one.
 */
export const patchScimGroup = defineOperation({
  name: "group.update",
  kind: "write",
  permission: "scim.provision",
  schema: scimResourceInput.extend({
    patch: z.record(z.string(), z.unknown(), { message: "expected a PatchOp object" }),
  }),
  example: (ids) => ({
    tenantId: ids.tenantId,
    base: "http://x/scim",
    id: ids.groupId,
    patch: { Operations: [{ op: "add", path: "members", value: [{ value: ids.memberId }] }] },
  }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const ops = normalizePatchOps(readPatchRequest(input.patch));
    const group = await lockScimGroup(tx, input.tenantId, input.id);
    let name = group.name;
    let ext = group.externalId;
    const membership: { where: string; change: Parameters<typeof changeGroupMembers>[2] }[] = [];

    const members = (op: string, value: unknown, where: string) => {
      const ids = value === undefined && op === "remove" ? null : read(memberRefs, value, where).map((m) => m.value);
      if (op === "add") membership.push({ where, change: { add: ids ?? [] } });
      else if (op === "remove") membership.push({ where, change: { remove: ids ?? "all" } });
      else membership.push({ where, change: { set: ids ?? [] } });
    };

    ops.forEach((op, i) => {
      const where = `Operations[${i}]`;
      if (!op.path) {
        const value = canonicalKeys(op.value as Record<string, unknown>, [
          "displayName",
          "externalId",
          "members",
          "id",
          "schemas",
          "meta",
        ]);
        for (const [key, v] of Object.entries(value)) {
          if (key === "displayName") name = read(groupName, v, `${where}.value.displayName`);
          else if (key === "externalId") ext = read(externalId, v, `${where}.value.externalId`);
          else if (key === "members") members(op.op, v, `${where}.value.members`);
          else if (key === "id" || key === "schemas" || key === "meta") continue;
          else throw new ScimError(400, "invalidPath", `${where}.value.${key}: a Group has no attribute ${key}.`);
        }
        return;
      }
      const one = /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i.exec(op.path.trim());
      if (one) {
        if (op.op !== "remove")
          throw new ScimError(400, "invalidPath", `${where}.path: only remove can target one member by value.`);
        membership.push({ where: `${where}.path`, change: { remove: [one[1]!] } });
        return;
      }
      const { head } = pathHead(op.path, GROUP_SCHEMA);
      const h = head.toLowerCase();
      if (h === "displayname" && op.path.toLowerCase().endsWith("displayname")) {
        if (op.op === "remove") throw new ScimError(400, "mutability", `${where}: a group must keep its displayName.`);
        name = read(groupName, op.value, `${where}.value`);
      } else if (h === "externalid") ext = op.op === "remove" ? null : read(externalId, op.value, `${where}.value`);
      else if (h === "members" && !/[.[]/.test(op.path.slice(op.path.toLowerCase().indexOf("members") + 7)))
        members(op.op, op.value, `${where}.value`);
      else
        throw new ScimError(
          400,
          "invalidPath",
          `${where}.path: a Group has no attribute ${op.path} that can be changed.`,
        );
    });

    const records: AuditRecord[] = [];
    let current = group;
    const changes = diffFields({ name: group.name, externalId: group.externalId }, { name, externalId: ext });
    if (Object.keys(changes.after).length) {
      await assertGroupUnique(tx, input.tenantId, { displayName: name, externalId: ext }, group.id);
      current = await tx.securityGroup.update({
        where: { tenantId_id: { tenantId: group.tenantId, id: group.id } },
        data: { name, externalId: ext, version: { increment: 1 } },
      });
      records.push({ target: { type: "group", id: group.id }, changes });
    }
    for (const m of membership) records.push(...(await changeGroupMembers(tx, current, m.change, m.where)));
    if (!records.length) records.push({ target: { type: "group", id: group.id }, changes: { after: {} } });
    return { result: await toScimGroup(tx, current, input.base), audit: records };
  },
});
