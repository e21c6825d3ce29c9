import { MemberStatus } from "@/lib/generated/prisma/enums";
import { page, id } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant } from "@/lib/validation/tenant-input";
import { groupInput } from "./group-input";

const ORDER: KeyColumn[] = [
  { field: "displayName", dir: "asc", kind: "string" },
  { field: "id", dir: "asc", kind: "string" },
];

// GET a page of a group's members by name (the directory filters and sorts them every other way).
export const listGroupMembers = defineOperation({
  name: "group.read",
  kind: "read",
  permission: "members.read",
  schema: groupInput.extend(keysetFields(100)),
  example: (ids) => ({ tenantId: ids.tenantId, groupId: ids.groupId }),
  api: { method: "GET", path: "/tenants/{tenantId}/groups/{groupId}/members", summary: "List a group's members" },
  output: page(z.object({ id, displayName: z.string(), email: z.string(), status: z.enum(MemberStatus) })),
  tenantOf: byTenant,
  run: ({ input, db }) =>
    pageByKeyset(ORDER, input, (keyset) =>
      db.member.findMany({
        ...keyset,
        where: { AND: [{ tenantId: input.tenantId, groupId: input.groupId }, keyset.where] },
        select: { id: true, displayName: true, email: true, status: true },
      }),
    ),
});
