import { id, count, at, page } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const groupRow = z.object({
  id,
  name: z.string(),
  isDefault: z.boolean(),
  version: count,
  updatedAt: at,
  members: count,
});

// The default group first, then by name.
const ORDER: KeyColumn[] = [
  { field: "isDefault", dir: "desc", kind: "boolean" },
  { field: "name", dir: "asc", kind: "string" },
  { field: "id", dir: "asc", kind: "string" },
];

export const listGroupsSchema = tenantInput.extend({
  q: z.string().trim().max(200, "at most 200 characters").optional(),
  ...keysetFields(100),
});

// GET a page of a network's security groups with their member counts.
export const listGroups = defineOperation({
  name: "group.list",
  kind: "read",
  permission: "groups.read",
  schema: listGroupsSchema,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/groups", summary: "List security groups" },
  output: page(groupRow),
  tenantOf: byTenant,
  async run({ input, db }) {
    const base = {
      tenantId: input.tenantId,
      ...(input.q ? { name: { contains: input.q, mode: "insensitive" as const } } : {}),
    };
    const page = await pageByKeyset(ORDER, input, ({ where, orderBy, take }) =>
      db.securityGroup.findMany({ where: { AND: [base, where] }, orderBy, take }),
    );
    // Member counts from the counters the member triggers keep: a million members cost nothing here.
    const counts = await db.tenantCount.findMany({
      where: { tenantId: input.tenantId, dim: "member.group", key: { in: page.rows.map((g) => g.id) } },
    });
    const byGroup = new Map(counts.map((c) => [c.key, Number(c.n)]));
    return {
      ...page,
      rows: page.rows.map((g) => ({
        id: g.id,
        name: g.name,
        isDefault: g.isDefault,
        version: g.version,
        updatedAt: g.updatedAt,
        members: byGroup.get(g.id) ?? 0,
      })),
    };
  },
});
