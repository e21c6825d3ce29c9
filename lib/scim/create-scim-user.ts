import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { OperationError } from "@/lib/operation/operation-error";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { scimInput } from "./scim-input";
import { clashesWith, memberColumns, scimUserOf, uniquenessError } from "./scim-members";
import { readScimUser } from "./scim-user";
import { uniqueViolationFields } from "@/lib/operation/unique-violation";

// POST /Users: provision a member into the network's default group.
export const createScimUser = defineOperation({
  name: "member.create",
  kind: "write",
  permission: "scim.provision",
  schema: scimInput.extend({ user: z.record(z.string(), z.unknown(), { message: "expected a User object" }) }),
  example: (ids) => ({ tenantId: ids.tenantId, base: "http://x/scim", user: { userName: "new@example.test" } }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const f = readScimUser(input.user);
    const clashes = await clashesWith(tx, input.tenantId, f);
    const live = clashes.find((c) => !c.scimDeletedAt);
    if (live) throw uniquenessError(live.attribute);
    const status = f.active === false ? ("suspended" as const) : ("active" as const);
    const restoring = clashes[0];
    if (restoring && clashes.some((c) => c.id !== restoring.id)) throw uniquenessError(clashes[1]!.attribute);
    const group = await tx.securityGroup.findFirst({ where: { tenantId: input.tenantId, isDefault: true } });
    if (!group) throw new OperationError("conflict", "The network has no default group.");
    let member;
    try {
      member = restoring
        ? // The IdP deleted this person and now provisions them again: the kept row returns, with its history.
          await tx.member.update({
            where: { tenantId_id: { tenantId: input.tenantId, id: restoring.id } },
            data: { ...memberColumns(f), status, scimDeletedAt: null, deactivatedAt: null },
          })
        : await tx.member.create({
            data: { tenantId: input.tenantId, groupId: group.id, ...memberColumns(f), status },
          });
    } catch (err) {
      // Two identical creates at once: the second loses on the unique key.
      const fields = uniqueViolationFields(err);
      if (fields) throw uniquenessError(fields.includes("email") ? "emails" : (fields[0] ?? "userName"));
      throw err;
    }
    return {
      result: await scimUserOf(tx, member, input.base),
      audit: {
        target: { type: "member", id: member.id },
        changes: {
          after: {
            email: f.email,
            userName: member.userName,
            externalId: f.externalId,
            status,
            via: "scim",
            ...(restoring ? { restored: true } : {}),
          },
        },
      },
    };
  },
});
