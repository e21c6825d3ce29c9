import { NO_DOOR } from "@/lib/operation/door-reasons";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { compileScimFilter, type FilterScope } from "./compile-scim-filter";
import { projectScimResource } from "./project-scim-resource";
import { scimInput } from "./scim-input";
import { scimListParams } from "./scim-list-params";
import { scimUsersOf } from "./scim-members";
import {
  ENTERPRISE_RESOURCE,
  ENTERPRISE_SCHEMA,
  LIST_SCHEMA,
  USER_COMMON,
  USER_RESOURCE,
  USER_SCHEMA,
} from "./scim-schema";

export const USER_FILTER_SCOPE: FilterScope = {
  core: USER_SCHEMA,
  namespaces: {
    "": [...USER_COMMON, ...USER_RESOURCE.attributes],
    [ENTERPRISE_SCHEMA]: ENTERPRISE_RESOURCE.attributes,
  },
};

// GET /Users: filtered with any SCIM filter, paged by startIndex and count (RFC 7644 §3.4.2).
export const listScimUsers = defineOperation({
  name: "scim.read",
  kind: "read",
  permission: "scim.provision",
  schema: scimInput.extend(scimListParams.shape),
  example: (ids) => ({ tenantId: ids.tenantId, base: "http://x/scim", filter: 'userName sw "member"' }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, db }) {
    const where = Prisma.sql`m."tenantId" = ${input.tenantId}::uuid AND m."scimDeletedAt" IS NULL AND ${compileScimFilter(USER_FILTER_SCOPE, input.filter)}`;
    const [ids, [{ total }]] = await Promise.all([
      input.count === 0
        ? Promise.resolve([] as { id: string }[])
        : db.$queryRaw<{ id: string }[]>`SELECT m.id FROM "Member" m WHERE ${where}
            ORDER BY m.id OFFSET ${input.startIndex - 1} LIMIT ${input.count}`,
      db.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM "Member" m WHERE ${where}`,
    ]);
    const rows = ids.length
      ? await db.member.findMany({
          where: { tenantId: input.tenantId, id: { in: ids.map((r) => r.id) } },
          orderBy: { id: "asc" },
        })
      : [];
    const resources = await scimUsersOf(db, rows, input.base);
    return {
      schemas: [LIST_SCHEMA],
      totalResults: total,
      startIndex: input.startIndex,
      itemsPerPage: resources.length,
      Resources: resources.map((r) => projectScimResource(r, input, USER_SCHEMA, [ENTERPRISE_SCHEMA])),
    };
  },
});
