import { count, seq, at } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { loadKeyTrust } from "@/lib/signing/key-trust";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { verifyAuditDigests } from "./digests/verify-audit-digests";
import { verifyAuditChain } from "./verify-audit-chain";

const chainVerdict = z.union([
  z.object({
    ok: z.literal(true),
    tenantId: z.string(),
    events: count,
    headSeq: seq,
    headHash: z.string(),
    startSeq: seq,
  }),
  z.object({ ok: z.literal(false), tenantId: z.string(), events: count, firstBadSeq: seq, reason: z.string() }),
]);

// Digests are judged against the trust root and their copies outside the database (lib/audit/digests).
const digestVerdict = z.union([
  z.object({
    ok: z.literal(true),
    digests: count,
    external: count,
    lastSeq: seq.nullable(),
    newestAt: at.nullable(),
    warnings: z.array(z.string()),
  }),
  z.object({
    ok: z.literal(false),
    digests: count,
    external: count,
    number: count.nullable(),
    firstBadSeq: seq,
    reason: z.string(),
    reasons: z.array(z.string()),
    warnings: z.array(z.string()),
  }),
]);

// Verify one network's audit chain from its start to the head, and its signed
// digests against it, their external copies and the trust root, as the
// offline command does. The verification itself is recorded, with its verdict.
export const verifyTenantAuditChain = defineOperation({
  name: "audit.verify",
  kind: "write",
  permission: "audit.verify",
  schema: tenantInput,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "POST", path: "/tenants/{tenantId}/audit/verify", summary: "Verify the chain and digests" },
  output: z.object({ chain: chainVerdict, digests: digestVerdict }),
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
