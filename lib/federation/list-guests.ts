import { id, at, atOrNull, page, count } from "@/lib/operation/wire";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const guest = z.object({
  tenantId: id,
  id,
  externalId: z.string(),
  network: z.string(),
  displayName: z.string(),
  firstSeenAt: at,
  lastContactAt: at,
  blockedAt: atOrNull,
  blockedById: id.nullable(),
  state: z.enum(["current", "lapsed", "blocked"]),
});

export const listGuestsSchema = tenantInput.extend({
  status: z
    .enum(["all", "current", "lapsed", "blocked"], { message: "choose all, current, lapsed or blocked" })
    .default("all"),
  q: z.string().trim().max(200, "at most 200 characters").default(""),
  ...keysetFields(50),
});

// Most recent contact first.
const ORDER: KeyColumn[] = [
  { field: "lastContactAt", dir: "desc", kind: "date" },
  { field: "id", dir: "asc", kind: "string" },
];

// GET a page of a network's guests, most recent contact first, filtered and paged in PostgreSQL.
export const listGuests = defineOperation({
  name: "federation.read",
  kind: "read",
  permission: "federation.read",
  schema: listGuestsSchema,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/guests", summary: "Guests" },
  output: page(guest, { total: count, guestLapseDays: count }),
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
    const [page, total] = await Promise.all([
      pageByKeyset(ORDER, input, (keyset) => db.guest.findMany({ ...keyset, where: { AND: [where, keyset.where] } })),
      db.guest.count({ where }),
    ]);
    return {
      ...page,
      rows: page.rows.map((g) => ({
        ...g,
        state: g.blockedAt
          ? ("blocked" as const)
          : g.lastContactAt < lapseBefore
            ? ("lapsed" as const)
            : ("current" as const),
      })),
      total,
      guestLapseDays: tenant.guestLapseDays,
    };
  },
});
