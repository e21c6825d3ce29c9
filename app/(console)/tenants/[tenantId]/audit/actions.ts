"use server";

import { verifyTenantAuditChain } from "@/lib/audit/verify-tenant-audit-chain";
import { type ActionState, runAction } from "@/lib/operation/run-action";

export async function verifyChainAction(_prev: ActionState, form: FormData) {
  const state = await runAction(verifyTenantAuditChain, { tenantId: form.get("tenantId")?.toString() });
  // bigint does not cross the server-action boundary as JSON: send strings.
  if (!state?.ok) return state;
  const v = state.value;
  return {
    ok: true as const,
    value: v.ok
      ? { ok: true, events: v.events, head: v.headSeq.toString() }
      : { ok: false, events: v.events, seq: v.firstBadSeq.toString(), reason: v.reason },
  };
}
