import { createPublicKey } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getSigningKey } from "@/lib/signing/get-signing-key";
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

/** Whether a stored checkpoint's signature verifies under the key it names. */
export async function verifyAuditCheckpoint(
  db: Pick<Prisma.TransactionClient, "signingKey">,
  c: { tenantId: string; seq: bigint; hash: string; runId: string | null; kid: string; signature: string },
): Promise<boolean> {
  const key = await db.signingKey.findUnique({ where: { kid: c.kid } });
  if (!key) return false;
  return verifyDocument(
    { document: checkpointDocument(c), signature: { alg: "EdDSA", kid: c.kid, value: c.signature } },
    createPublicKey(key.publicKeyPem),
  );
}
