import { db } from "@/lib/db";
import { getSigningKey } from "@/lib/signing/get-signing-key";
import { signDocument } from "@/lib/signing/sign-document";
import { auditDigestDocument } from "./audit-digest-document";

/**
 * Writes the next digest of one chain: where its head is now, signed, and
 * chained to the previous digest's signature. A digest is written even when
 * nothing happened in the period: an unbroken series shows nothing was removed
 * from the end of the log either.
 */
export async function writeAuditDigest(tenantId: string, now = new Date()) {
  const key = await getSigningKey();
  return db.$transaction(async (tx) => {
    // One writer per chain: two would both claim the next number.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`custodian.digest:${tenantId}`}))`;
    const [head, previous] = await Promise.all([
      tx.auditChainHead.findUnique({ where: { tenantId } }),
      tx.auditDigest.findFirst({ where: { tenantId }, orderBy: { number: "desc" } }),
    ]);
    if (!head) return null;
    const first = previous ? null : await tx.auditEvent.findFirst({ where: { tenantId }, orderBy: { seq: "asc" } });
    const d = {
      tenantId,
      number: (previous?.number ?? 0) + 1,
      periodStart: previous?.periodEnd ?? first?.at ?? now,
      periodEnd: now,
      lastSeq: head.seq,
      lastHash: head.hash,
      previousSignature: previous?.signature ?? null,
    };
    const signed = signDocument(auditDigestDocument(d), key);
    return tx.auditDigest.create({ data: { ...d, kid: key.kid, signature: signed.signature.value } });
  });
}

/** The scheduled job: one digest for every chain (every network's, and the platform's). */
export async function writeAllAuditDigests(now = new Date()) {
  const chains = await db.auditChainHead.findMany({ select: { tenantId: true } });
  for (const { tenantId } of chains) await writeAuditDigest(tenantId, now);
  return chains.length;
}
