import type { Prisma } from "@/lib/generated/prisma/client";
import { getSigningKey } from "@/lib/signing/get-signing-key";
import { type KeyTrust, distrustOf } from "@/lib/signing/key-trust";
import { signDocument, verifyDocument } from "@/lib/signing/sign-document";

export const AUDIT_CHECKPOINT_SCHEMA = "custodian.audit-checkpoint/v1";

/**
 * What a checkpoint vouches for: the chain of `tenantId` was trimmed through
 * `seq`, whose hash was `hash`. The next event's prevHash must equal it, so the
 * rest of the chain still verifies from there.
 */
function checkpointDocument(c: { tenantId: string; seq: bigint; hash: string; runId: string | null }) {
  return {
    schema: AUDIT_CHECKPOINT_SCHEMA,
    tenantId: c.tenantId,
    seq: c.seq.toString(),
    hash: c.hash,
    runId: c.runId,
  };
}

/** Records (or moves forward) the tenant's signed checkpoint, in the caller's transaction. */
export async function writeAuditCheckpoint(
  tx: Pick<Prisma.TransactionClient, "auditCheckpoint">,
  c: { tenantId: string; seq: bigint; hash: string; runId: string | null },
) {
  const signed = signDocument(checkpointDocument(c), await getSigningKey());
  const data = {
    seq: c.seq,
    hash: c.hash,
    runId: c.runId,
    kid: signed.signature.kid,
    signature: signed.signature.value,
  };
  await tx.auditCheckpoint.upsert({
    where: { tenantId: c.tenantId },
    create: { tenantId: c.tenantId, ...data },
    update: { ...data, at: new Date() },
  });
}

/** Why a stored checkpoint cannot be relied on, or null: its signature must verify under a trusted key. */
export function checkpointDistrust(
  trust: KeyTrust,
  c: { tenantId: string; seq: bigint; hash: string; runId: string | null; kid: string; signature: string },
): string | null {
  const distrust = distrustOf(trust, c.kid);
  if (distrust) return `the checkpoint the chain starts from is signed with ${distrust}`;
  const valid = verifyDocument(
    { document: checkpointDocument(c), signature: { alg: "EdDSA", kid: c.kid, value: c.signature } },
    trust.keys.get(c.kid)!,
  );
  return valid ? null : "the checkpoint the chain starts from is not validly signed";
}
