import { z } from "zod";
import { readGroupSettings } from "@/lib/groups/group-settings";
import { holdsCovering } from "@/lib/holds/holds-covering";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { effectiveRetention } from "./effective-retention";
import { DEFAULT_LIFETIME } from "./retention-presets";

// GET a member's effective retention, with the rule behind each value.
export const getEffectivePolicy = defineOperation({
  name: "retention.read",
  kind: "read",
  permission: "members.read",
  schema: tenantInput.extend({ memberId: z.uuid({ message: "expected a member id" }) }),
  tenantOf: byTenant,
  async run({ input, db }) {
    const member = await db.member.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.memberId } },
      include: { group: true },
    });
    if (!member) throw notFound("The member");
    const [policy, exception, holds] = await Promise.all([
      db.retentionPolicy.findUnique({ where: { tenantId: input.tenantId } }),
      db.memberLifetimeException.findUnique({
        where: { tenantId_memberId: { tenantId: input.tenantId, memberId: member.id } },
      }),
      holdsCovering(db, input.tenantId, [member.id]),
    ]);
    const group = readGroupSettings(member.group.settings).messaging as {
      expirationMaxMinutes: number;
      burnOnReadMaxMinutes: number;
    };
    return effectiveRetention({
      tenant: policy
        ? { expirationMaxMinutes: policy.expirationMaxMinutes, burnOnReadMaxMinutes: policy.burnOnReadMaxMinutes }
        : DEFAULT_LIFETIME,
      group: { expirationMaxMinutes: group.expirationMaxMinutes, burnOnReadMaxMinutes: group.burnOnReadMaxMinutes },
      exception: exception
        ? {
            ...(exception.expirationMaxMinutes ? { expirationMaxMinutes: exception.expirationMaxMinutes } : {}),
            ...(exception.burnOnReadMaxMinutes ? { burnOnReadMaxMinutes: exception.burnOnReadMaxMinutes } : {}),
          }
        : null,
      holds: holds.get(member.id) ?? [],
      complianceRetentionDays: policy?.complianceRetentionDays ?? null,
    });
  },
});
