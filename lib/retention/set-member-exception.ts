import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { computeEffectiveRetention } from "./compute-effective-retention";
import { compareLifetime } from "./effective-retention";

// Required, as a PUT's fields are: null (or a form's empty field) for none. A body that leaves it out is refused
// rather than read as "remove the exception".
const minutes = z.preprocess(
  (v) => (v === "" ? null : v),
  z.coerce
    .number({ message: "expected a whole number, or null for none" })
    .int("expected a whole number")
    .min(1, "must be between 1 and 525,600")
    .max(525_600, "must be between 1 and 525,600")
    .nullable(),
);

export const setMemberExceptionSchema = tenantInput.extend({
  memberId: z.uuid({ message: "expected a member id" }),
  expirationMaxMinutes: minutes,
  burnOnReadMaxMinutes: minutes,
  reason: z.string().trim().max(500, "at most 500 characters").default(""),
  // An exception that makes the member's messages go sooner must be confirmed, after the preview.
  confirmShortening: z.boolean().default(false),
});

/**
 * A member's own lifetime caps, or none (both empty removes the exception).
 * An exception can only tighten: the precedence function takes the most
 * restrictive value, so a looser one here simply has no effect.
 */
export const setMemberException = defineOperation({
  name: "retention.exception_set",
  kind: "write",
  permission: "policies.write",
  schema: setMemberExceptionSchema,
  example: (ids) => ({
    tenantId: ids.tenantId,
    memberId: ids.memberId,
    expirationMaxMinutes: 60,
    burnOnReadMaxMinutes: null,
    confirmShortening: true,
  }),
  api: {
    method: "PUT",
    path: "/tenants/{tenantId}/members/{memberId}/exception",
    summary: "Set a member's lifetime exception",
  },
  output: z.object({ saved: z.literal(true) }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const member = await tx.member.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.memberId } },
      select: { id: true },
    });
    if (!member) throw notFound("The member");
    const key = { tenantId_memberId: { tenantId: input.tenantId, memberId: input.memberId } };
    const before = await tx.memberLifetimeException.findUnique({ where: key });
    const effectiveBefore = (await computeEffectiveRetention(tx, input.tenantId, input.memberId))!.retention;
    if (input.expirationMaxMinutes === null && input.burnOnReadMaxMinutes === null) {
      if (before) await tx.memberLifetimeException.delete({ where: key });
    } else {
      const data = {
        expirationMaxMinutes: input.expirationMaxMinutes,
        burnOnReadMaxMinutes: input.burnOnReadMaxMinutes,
        reason: input.reason,
      };
      await tx.memberLifetimeException.upsert({
        where: key,
        create: { tenantId: input.tenantId, memberId: input.memberId, ...data },
        update: data,
      });
    }
    // The effective value after the change, through the one precedence function; a
    // refusal here rolls the change back with the rest of the transaction.
    const computed = (await computeEffectiveRetention(tx, input.tenantId, input.memberId))!;
    if (compareLifetime(effectiveBefore, computed.retention) === "shortened" && !input.confirmShortening) {
      throw new OperationError("validation", "This member's messages would go sooner. Confirm to continue.", {
        confirmShortening: [
          JSON.stringify({
            members: 1,
            groups: 1,
            shortened: 1,
            lengthened: 0,
            sample: [computed.member.email],
          }),
        ],
      });
    }
    return {
      result: { saved: true },
      audit: {
        target: { type: "member", id: input.memberId },
        changes: {
          before: before
            ? { expirationMaxMinutes: before.expirationMaxMinutes, burnOnReadMaxMinutes: before.burnOnReadMaxMinutes }
            : { exception: null },
          after: {
            expirationMaxMinutes: input.expirationMaxMinutes,
            burnOnReadMaxMinutes: input.burnOnReadMaxMinutes,
            reason: input.reason,
          },
        },
      },
    };
  },
});
