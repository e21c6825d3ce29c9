import { defineOperation } from "@/lib/operation/define-operation";
import { loadKeyTrust } from "@/lib/signing/key-trust";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { verifyAuditDigests } from "./digests/verify-audit-digests";
import { verifyAuditChain } from "./verify-audit-chain";

// Verify one network's audit chain from its start to the head, and its signed
// digests against it, their external copies and the trust root, as the
// offline command does. The verification itself is recorded, with its verdict.
export const verifyTenantAuditChain = defineOperation({
  name: "audit.verify",
  kind: "write",
  permission: "audit.verify",
  schema: tenantInput,
  api: { method: "POST", path: "/tenants/{tenantId}/audit/verify", summary: "Verify the chain and digests" },
  tenantOf: byTenant,
  async run({ input, tx }) {
    // Read through the transaction so the verdict and its audit event agree.
    const trust = await loadKeyTrust(tx);
    const verdict = await verifyAuditChain(tx, input.tenantId, trust);
    const digests = await verifyAuditDigests(tx, input.tenantId, { trust });
    const after = {
      ...(verdict.ok
        ? { ok: true, events: verdict.events, headSeq: verdict.headSeq.toString() }
        : { ok: false, events: verdict.events, firstBadSeq: verdict.firstBadSeq.toString(), reason: verdict.reason }),
      digests: digests.ok
        ? { ok: true, count: digests.digests }
        : {
            ok: false,
            count: digests.digests,
            firstBadSeq: digests.firstBadSeq.toString(),
            reason: digests.reason,
            reasons: digests.reasons,
          },
    };
    return {
      result: { chain: verdict, digests },
      audit: { target: { type: "audit_chain", id: input.tenantId }, changes: { after } },
    };
  },
});
