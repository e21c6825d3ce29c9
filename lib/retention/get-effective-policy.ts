import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { computeEffectiveRetention } from "./compute-effective-retention";

// GET a member's effective retention, with the rule behind each value.
export const getEffectivePolicy = defineOperation({
  name: "retention.read",
  kind: "read",
  permission: "members.read",
  schema: tenantInput.extend({ memberId: z.uuid({ message: "expected a member id" }) }),
  tenantOf: byTenant,
  async run({ input, db }) {
    const computed = await computeEffectiveRetention(db, input.tenantId, input.memberId);
    if (!computed) throw notFound("The member");
    return computed.retention;
  },
});
