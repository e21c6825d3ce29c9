import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams, Page } from "@/lib/validation/list-params";
import type { TenantSort } from "./list-tenants-schema";

export interface Viewer {
  id: string;
  isPlatformOperator: boolean;
  roleGrants: { tenantId: string }[];
}

export type TenantRow = Prisma.TenantGetPayload<{
  select: { id: true; slug: true; name: true; plan: true; status: true; createdAt: true };
}>;

/** Networks the viewer may see: all of them for a platform operator, else those granted. */
export async function listTenants(viewer: Viewer, params: ListParams<TenantSort>): Promise<Page<TenantRow>> {
  const where: Prisma.TenantWhereInput = {};
  if (!viewer.isPlatformOperator) where.id = { in: viewer.roleGrants.map((g) => g.tenantId) };
  if (params.q) {
    where.OR = [
      { name: { contains: params.q, mode: "insensitive" } },
      { slug: { contains: params.q, mode: "insensitive" } },
    ];
  }
  const [rows, total] = await Promise.all([
    db.tenant.findMany({
      where,
      select: { id: true, slug: true, name: true, plan: true, status: true, createdAt: true },
      // The id tie-break keeps pages stable when the sort column has duplicates.
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
    }),
    db.tenant.count({ where }),
  ]);
  return { rows, total, page: params.page, pageSize: params.pageSize };
}
