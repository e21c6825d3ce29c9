import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { computeEffectiveRetention } from "@/lib/retention/compute-effective-retention";
import { getSigningKey } from "@/lib/signing/get-signing-key";
import { etagOf, signDocument } from "@/lib/signing/sign-document";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

export const EFFECTIVE_POLICY_SCHEMA = "custodian.effective-policy/v1";

/**
 * For the messaging service: a member's effective retention, signed with
 * Ed25519, with an ETag. Holds are cited by id only (their names and matters
 * stay in the console). `refreshBy` is the earliest end of a hold that applies,
 * when the document will change without any edit, so the service asks again
 * then; every other change arrives through the policy-change feed.
 */
export const getServicePolicy = defineOperation({
  name: "service.policy_read",
  kind: "read",
  permission: "service.policies.read",
  schema: tenantInput.extend({ memberId: z.uuid({ message: "expected a member id" }) }),
  example: (ids) => ({ tenantId: ids.tenantId, memberId: ids.memberId }),
  api: { none: NO_DOOR.SERVICE },
  ui: { none: NO_DOOR.SERVICE },
  tenantOf: byTenant,
  async run({ input, db }) {
    const computed = await computeEffectiveRetention(db, input.tenantId, input.memberId);
    if (!computed) throw notFound("The member");
    const { retention, holds } = computed;
    const ends = holds.flatMap((h) => (h.endsAt ? [h.endsAt.getTime()] : []));
    const document = {
      schema: EFFECTIVE_POLICY_SCHEMA,
      tenantId: input.tenantId,
      memberId: input.memberId,
      groupId: computed.member.groupId,
      policyVersion: computed.policyVersion,
      expiration:
        retention.expiration.kind === "retain"
          ? { kind: "retain" as const, reason: "legal_hold" as const, holdIds: holds.map((h) => h.id) }
          : retention.expiration,
      burnOnRead: retention.burnOnRead,
      archive: retention.archive,
      refreshBy: ends.length > 0 && ends.length === holds.length ? new Date(Math.min(...ends)).toISOString() : null,
    };
    return { etag: etagOf(document), signed: signDocument(document, await getSigningKey()) };
  },
});
