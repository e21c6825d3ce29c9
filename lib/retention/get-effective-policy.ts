import { count } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { can } from "@/lib/rbac/actor";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { computeEffectiveRetention } from "./compute-effective-retention";

const level = z.enum(["tenant", "group", "member"]);

const effectivePolicy = z.object({
  expiration: z.union([
    z.object({ kind: z.literal("retain"), reason: z.literal("legal_hold"), holds: z.array(z.string()) }),
    z.object({ kind: z.literal("expire"), minutes: count, source: level }),
  ]),
  burnOnRead: z.union([
    z.object({ kind: z.literal("off") }),
    z.object({ kind: z.literal("suspended"), reason: z.literal("legal_hold") }),
    z.object({ kind: z.literal("burn"), minutes: count, source: z.enum(["tenant", "group", "member", "expiration"]) }),
  ]),
  archive: z.union([
    z.object({ kind: z.literal("retain"), reason: z.literal("legal_hold") }),
    z.object({ kind: z.literal("days"), days: count, reason: z.literal("compliance_minimum") }),
    z.object({ kind: z.literal("none") }),
  ]),
});

// GET a member's effective retention, with the rule behind each value. It is
// retention (a hold shows as the reason messages are kept), so it needs
// retention.read; the holds' names only go to a caller who may read holds.
export const getEffectivePolicy = defineOperation({
  name: "retention.read",
  kind: "read",
  permission: "retention.read",
  schema: tenantInput.extend({ memberId: z.uuid({ message: "expected a member id" }) }),
  example: (ids) => ({ tenantId: ids.tenantId, memberId: ids.memberId }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/members/{memberId}/policy",
    summary: "A member's effective retention",
  },
  output: effectivePolicy,
  tenantOf: byTenant,
  async run({ ctx, input, db }) {
    const computed = await computeEffectiveRetention(db, input.tenantId, input.memberId);
    if (!computed) throw notFound("The member");
    const { retention } = computed;
    if (retention.expiration.kind === "retain" && !can(ctx.actor, "legal_holds.read", input.tenantId)) {
      return { ...retention, expiration: { ...retention.expiration, holds: [] } };
    }
    return retention;
  },
});
