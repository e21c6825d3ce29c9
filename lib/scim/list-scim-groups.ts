import { NO_DOOR } from "@/lib/operation/door-reasons";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { compileScimFilter, type FilterScope } from "./compile-scim-filter";
import { toScimGroup } from "./scim-groups";
import { scimInput } from "./scim-input";
import { scimListParams } from "./scim-list-params";
import { GROUP_COMMON, GROUP_RESOURCE, GROUP_SCHEMA, LIST_SCHEMA } from "./scim-schema";

export const GROUP_FILTER_SCOPE: FilterScope = {
  core: GROUP_SCHEMA,
  namespaces: { "": [...GROUP_COMMON, ...GROUP_RESOURCE.attributes] },
};

// GET /Groups: the network's security groups, with any SCIM filter, paged by startIndex and count.
export const listScimGroups = defineOperation({
  name: "scim.read",
  kind: "read",
  permission: "scim.provision",
  schema: scimInput.extend(scimListParams.shape),
  example: (ids) => ({ tenantId: ids.tenantId, base: "http://x/scim" }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, db }) {
    const where = Prisma.sql`g."tenantId" = ${input.tenantId}::uuid AND ${compileScimFilter(GROUP_FILTER_SCOPE, input.filter)}`;
    const [ids, [{ total }]] = await Promise.all([
      input.count === 0
        ? Promise.resolve([] as { id: string }[])
        : db.$queryRaw<{ id: string }[]>`SELECT g.id FROM "SecurityGroup" g WHERE ${where}
            ORDER BY g.name, g.id OFFSET ${input.startIndex - 1} LIMIT ${input.count}`,
      db.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM "SecurityGroup" g WHERE ${where}`,
    ]);
    const groups = ids.length
      ? await db.securityGroup.findMany({
          where: { tenantId: input.tenantId, id: { in: ids.map((r) => r.id) } },
          orderBy: [{ name: "asc" }, { id: "asc" }],
        })
      : [];
    const resources = [];
    for (const g of groups) resources.push(await toScimGroup(db, g, input.base, input));
    return {
      schemas: [LIST_SCHEMA],
      totalResults: total,
      startIndex: input.startIndex,
      itemsPerPage: resources.length,
      Resources: resources,
    };
  },
});
