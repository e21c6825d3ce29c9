"use server";

import { verifyTenantAuditChain } from "@/lib/audit/verify-tenant-audit-chain";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function verifyChainAction(_prev: ActionState, form: FormData) {
  const state = await runAction(verifyTenantAuditChain, { tenantId: form.get("tenantId")?.toString() });
  // bigint does not cross the server-action boundary as JSON: send strings.
  if (!state?.ok) return state;
  const { chain, digests } = state.value;
  return {
    ok: true as const,
    value: {
      chain: chain.ok
        ? { ok: true, events: chain.events, head: chain.headSeq.toString() }
        : { ok: false, events: chain.events, seq: chain.firstBadSeq.toString(), reason: chain.reason },
      digests: digests.ok
        ? { ok: true, count: digests.digests, warnings: digests.warnings }
        : {
            ok: false,
            count: digests.digests,
            seq: digests.firstBadSeq.toString(),
            reason: digests.reason,
            more: digests.reasons.slice(1),
            warnings: digests.warnings,
          },
    },
  };
}
