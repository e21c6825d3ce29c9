import { lifetimeImpact } from "@/lib/retention/lifetime-impact-output";
import { id, at, atOrNull, count, page } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { previewHoldRelease } from "./preview-hold-change";

const hold = z.object({
  tenantId: id,
  id,
  name: z.string(),
  matter: z.string(),
  startsAt: at,
  endsAt: atOrNull,
  createdById: id.nullable(),
  createdAt: at,
  releasedAt: atOrNull,
  releasedById: id.nullable(),
  members: count,
  groups: count,
  releaseImpact: lifetimeImpact.nullable(),
});

const ORDER: KeyColumn[] = [
  { field: "createdAt", dir: "desc", kind: "date" },
  { field: "id", dir: "desc", kind: "string" },
];

export const HOLD_STATUSES = ["all", "active", "released"] as const;

export const listLegalHoldsSchema = tenantInput.extend({
  status: z.enum(HOLD_STATUSES, { message: "choose all, active or released" }).default("all"),
  ...keysetFields(50),
});

// GET a page of a network's legal holds, newest first, with their custodian counts.
export const listLegalHolds = defineOperation({
  name: "hold.list",
  kind: "read",
  permission: "legal_holds.read",
  schema: listLegalHoldsSchema,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/holds", summary: "Legal holds" },
  output: page(hold),
  tenantOf: byTenant,
  async run({ input, db }) {
    const base = {
      tenantId: input.tenantId,
      ...(input.status === "active" ? { releasedAt: null } : {}),
      ...(input.status === "released" ? { releasedAt: { not: null } } : {}),
    };
    const page = await pageByKeyset(ORDER, input, (keyset) =>
      db.legalHold.findMany({
        ...keyset,
        where: { AND: [base, keyset.where] },
        include: { _count: { select: { members: true, groups: true } } },
      }),
    );
    // For each active hold, what releasing it would shorten: shown before the release is confirmed.
    const rows = await Promise.all(
      page.rows.map(async ({ _count, ...h }) => ({
        ...h,
        members: _count.members,
        groups: _count.groups,
        releaseImpact: h.releasedAt ? null : await previewHoldRelease(db, input.tenantId, h.id),
      })),
    );
    return { ...page, rows };
  },
});
