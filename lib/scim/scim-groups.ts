import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { ScimError } from "./scim-error";
import { GROUP_SCHEMA, LIST_SCHEMA } from "./scim-user";

const withBase = { base: z.string() };

async function toScimGroup(
  db: Pick<Prisma.TransactionClient, "member">,
  tenantId: string,
  g: { id: string; name: string },
  base: string,
) {
  const members = await db.member.findMany({
    where: { tenantId, groupId: g.id },
    select: { id: true, displayName: true },
    take: 10_000,
  });
  return {
    schemas: [GROUP_SCHEMA],
    id: g.id,
    displayName: g.name,
    members: members.map((m) => ({ value: m.id, display: m.displayName, $ref: `${base}/Users/${m.id}` })),
    meta: { resourceType: "Group", location: `${base}/Groups/${g.id}` },
  };
}

// GET /Groups: security groups as SCIM Groups (filter by displayName eq).
export const scimListGroups = defineOperation({
  name: "scim.read",
  kind: "read",
  permission: "scim.provision",
  schema: tenantInput.extend({ filter: z.string().max(1000).nullable().optional(), ...withBase }),
  tenantOf: byTenant,
  async run({ input, db }) {
    let name: string | undefined;
    if (input.filter) {
      const m = /^displayName eq "(.*)"$/i.exec(input.filter.trim());
      if (!m) throw new ScimError(400, "invalidFilter", 'Groups can be filtered by displayName eq "…" only.');
      name = m[1];
    }
    const groups = await db.securityGroup.findMany({
      where: { tenantId: input.tenantId, ...(name ? { name } : {}) },
      orderBy: { name: "asc" },
    });
    const resources = await Promise.all(groups.map((g) => toScimGroup(db, input.tenantId, g, input.base)));
    return {
      schemas: [LIST_SCHEMA],
      totalResults: resources.length,
      startIndex: 1,
      itemsPerPage: resources.length,
      Resources: resources,
    };
  },
});

// GET /Groups/{id}
export const scimGetGroup = defineOperation({
  name: "scim.read",
  kind: "read",
  permission: "scim.provision",
  schema: tenantInput.extend({ id: z.uuid({ message: "expected a group id" }), ...withBase }),
  tenantOf: byTenant,
  async run({ input, db }) {
    const g = await db.securityGroup.findUnique({ where: { tenantId_id: { tenantId: input.tenantId, id: input.id } } });
    if (!g) throw new ScimError(404, undefined, `Group ${input.id} not found.`);
    return toScimGroup(db, input.tenantId, g, input.base);
  },
});

const memberRefs = z.array(z.object({ value: z.uuid({ message: "members are referenced by user id" }) }).loose());

/**
 * PATCH /Groups/{id}: add members (moves them into this group) or remove them
 * (moves them back to the default group: everyone is always in exactly one).
 */
export const scimPatchGroup = defineOperation({
  name: "member.move",
  kind: "write",
  permission: "scim.provision",
  schema: tenantInput.extend({
    id: z.uuid({ message: "expected a group id" }),
    Operations: z
      .array(z.object({ op: z.string(), path: z.string().optional(), value: z.unknown().optional() }).loose())
      .min(1),
    ...withBase,
  }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const group = await tx.securityGroup.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.id } },
    });
    if (!group) throw new ScimError(404, undefined, `Group ${input.id} not found.`);
    const fallback = await tx.securityGroup.findFirst({ where: { tenantId: input.tenantId, isDefault: true } });
    let added = 0;
    let removed = 0;
    for (const op of input.Operations) {
      const kind = op.op.toLowerCase();
      const path = op.path ?? "";
      if (kind === "add" && (path === "members" || (!path && (op.value as { members?: unknown })?.members))) {
        const refs = memberRefs.parse(path ? op.value : (op.value as { members: unknown }).members);
        added += (
          await tx.member.updateMany({
            where: { tenantId: input.tenantId, id: { in: refs.map((r) => r.value) } },
            data: { groupId: group.id },
          })
        ).count;
      } else if (kind === "remove" && path.startsWith("members")) {
        if (group.isDefault)
          throw new ScimError(
            400,
            "mutability",
            "Members cannot be removed from the default group: add them to another group instead.",
          );
        const one = /^members\[value eq "([^"]+)"\]$/.exec(path)?.[1];
        const ids = one ? [one] : memberRefs.parse(op.value ?? []).map((r) => r.value);
        removed += (
          await tx.member.updateMany({
            where: { tenantId: input.tenantId, groupId: group.id, ...(ids.length ? { id: { in: ids } } : {}) },
            data: { groupId: fallback!.id },
          })
        ).count;
      } else {
        throw new ScimError(
          400,
          "invalidPath",
          `Unsupported group operation: ${op.op} ${path}. Add or remove members.`,
        );
      }
    }
    return {
      result: await toScimGroup(tx, input.tenantId, group, input.base),
      audit: { target: { type: "group", id: group.id }, changes: { after: { added, removed, via: "scim" } } },
    };
  },
});
