import { NO_DOOR } from "@/lib/operation/door-reasons";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { listTenantsParams } from "./list-tenants-schema";

export type TenantRow = Prisma.TenantGetPayload<{
  select: { id: true; slug: true; name: true; plan: true; status: true; createdAt: true };
}>;

// GET the networks the caller may see: all for a platform operator, else those granted.
export const listTenants = defineOperation({
  name: "tenant.read",
  kind: "read",
  permission: "signed_in",
  schema: listTenantsParams.strict,
  example: () => ({ page: 1, pageSize: 25, sort: "name", dir: "asc" }),
  api: { none: NO_DOOR.PLATFORM },
  async run({ ctx, input, db }) {
    const a = ctx.actor;
    const where: Prisma.TenantWhereInput = { deletedAt: null };
    if (a.type !== "console_user") where.id = { in: [] };
    else if (!a.isPlatformOperator) where.id = { in: [...a.grants.keys()] };
    if (input.q) {
      where.OR = [
        { name: { contains: input.q, mode: "insensitive" } },
        { slug: { contains: input.q, mode: "insensitive" } },
      ];
    }
    const [rows, total] = await Promise.all([
      db.tenant.findMany({
        where,
        select: { id: true, slug: true, name: true, plan: true, status: true, createdAt: true },
        // The id tie-break keeps pages stable when the sort column has duplicates.
        orderBy: [{ [input.sort]: input.dir }, { id: "asc" }],
        skip: (input.page - 1) * input.pageSize,
        take: input.pageSize,
      }),
      db.tenant.count({ where }),
    ]);
    // Summed from the counters the member triggers keep, not counted member by member.
    const counts = await db.tenantCount.groupBy({
      by: ["tenantId"],
      where: { tenantId: { in: rows.map((r) => r.id) }, dim: "member.status" },
      _sum: { n: true },
    });
    const members = new Map(counts.map((c) => [c.tenantId, Number(c._sum.n ?? 0)]));
    return {
      rows: rows.map((r) => ({ ...r, members: members.get(r.id) ?? 0 })),
      total,
      page: input.page,
      pageSize: input.pageSize,
    };
  },
});
