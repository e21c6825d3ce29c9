import { NO_DOOR } from "@/lib/operation/door-reasons";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { listParamsSchema } from "@/lib/validation/list-params";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

export const CONSOLE_USER_SORTS = ["email", "name", "role", "status", "lastSignInAt"] as const;
export const listConsoleUsersParams = listParamsSchema(CONSOLE_USER_SORTS, "email");
export const listConsoleUsersSchema = tenantInput.extend(listConsoleUsersParams.strict.shape);

// GET the console users who hold a role in this network.
export const listConsoleUsers = defineOperation({
  name: "console_user.list",
  kind: "read",
  permission: "console_users.read",
  schema: listConsoleUsersSchema,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { none: NO_DOOR.NO_ESCALATION },
  tenantOf: byTenant,
  async run({ input, db }) {
    const where: Prisma.RoleGrantWhereInput = { tenantId: input.tenantId };
    if (input.q) {
      where.user = {
        OR: [
          { email: { contains: input.q, mode: "insensitive" } },
          { name: { contains: input.q, mode: "insensitive" } },
        ],
      };
    }
    const orderBy: Prisma.RoleGrantOrderByWithRelationInput =
      input.sort === "role"
        ? { role: input.dir }
        : input.sort === "lastSignInAt"
          ? { user: { lastSignInAt: { sort: input.dir, nulls: "last" } } }
          : { user: { [input.sort]: input.dir } };
    const [grants, total] = await Promise.all([
      db.roleGrant.findMany({
        where,
        include: {
          user: {
            select: {
              id: true,
              email: true,
              name: true,
              status: true,
              lastSignInAt: true,
              totpEnabledAt: true,
              isPlatformOperator: true,
            },
          },
        },
        orderBy: [orderBy, { userId: "asc" }],
        skip: (input.page - 1) * input.pageSize,
        take: input.pageSize,
      }),
      db.roleGrant.count({ where }),
    ]);
    const rows = grants.map((g) => ({
      id: g.user.id,
      email: g.user.email,
      name: g.user.name,
      status: g.user.status,
      role: g.role,
      source: g.source,
      mfa: !!g.user.totpEnabledAt,
      lastSignInAt: g.user.lastSignInAt,
    }));
    return { rows, total, page: input.page, pageSize: input.pageSize };
  },
});
