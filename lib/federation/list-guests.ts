import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

export const listGuestsSchema = tenantInput.extend({
  status: z
    .enum(["all", "current", "lapsed", "blocked"], { message: "choose all, current, lapsed or blocked" })
    .default("all"),
  q: z.string().trim().max(200, "at most 200 characters").default(""),
  page: z.coerce.number({ message: "expected a page number" }).int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(10).max(200).default(50),
});

// GET a network's guests, most recent contact first, filtered and paged in PostgreSQL.
export const listGuests = defineOperation({
  name: "federation.read",
  kind: "read",
  permission: "federation.read",
  schema: listGuestsSchema,
  tenantOf: byTenant,
  async run({ input, db }) {
    const tenant = await db.tenant.findFirst({ where: { id: input.tenantId, deletedAt: null } });
    if (!tenant) throw notFound("The network");
    const lapseBefore = new Date(Date.now() - tenant.guestLapseDays * 86_400_000);
    const where: Prisma.GuestWhereInput = { tenantId: input.tenantId };
    if (input.status === "blocked") where.blockedAt = { not: null };
    if (input.status === "current") Object.assign(where, { blockedAt: null, lastContactAt: { gte: lapseBefore } });
    if (input.status === "lapsed") Object.assign(where, { blockedAt: null, lastContactAt: { lt: lapseBefore } });
    if (input.q)
      where.OR = [
        { externalId: { contains: input.q, mode: "insensitive" } },
        { displayName: { contains: input.q, mode: "insensitive" } },
        { network: { contains: input.q, mode: "insensitive" } },
      ];
    const [rows, total] = await Promise.all([
      db.guest.findMany({
        where,
        orderBy: [{ lastContactAt: "desc" }, { id: "asc" }],
        skip: (input.page - 1) * input.pageSize,
        take: input.pageSize,
      }),
      db.guest.count({ where }),
    ]);
    return {
      rows: rows.map((g) => ({
        ...g,
        state: g.blockedAt
          ? ("blocked" as const)
          : g.lastContactAt < lapseBefore
            ? ("lapsed" as const)
            : ("current" as const),
      })),
      total,
      page: input.page,
      pageSize: input.pageSize,
      guestLapseDays: tenant.guestLapseDays,
    };
  },
});
