import { db } from "@/lib/db";
import { getSigningKey } from "@/lib/signing/get-signing-key";
import { loadKeyTrust } from "@/lib/signing/key-trust";
import { signDocument, verifyDocument } from "@/lib/signing/sign-document";
import { auditDigestDocument } from "./audit-digest-document";
import { digestDir, digestFileOf, readLastDigestFile, writeDigestFile } from "./digest-files";

/**
 * Writes the next digest of one chain: where its head is now, signed, and
 * chained to the previous digest's signature. A digest is written even when
 * nothing happened in the period: an unbroken series shows nothing was removed
 * from the end of the log either. It is recorded in the database and then
 * written to the external series (digest-files.ts); the series is the
 * authority, so a database whose digests were removed gets no new one.
 */
export async function writeAuditDigest(tenantId: string, now = new Date()) {
  const key = await getSigningKey();
  const dir = digestDir();
  const written = await db.$transaction(async (tx) => {
    // One writer per chain: two would both claim the next number.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`custodian.digest:${tenantId}`}))`;
    const [head, newest] = await Promise.all([
      tx.auditChainHead.findUnique({ where: { tenantId } }),
      tx.auditDigest.findFirst({ where: { tenantId }, orderBy: { number: "desc" } }),
    ]);
    if (!head) return null;
    const lastFile = await readLastDigestFile(dir, tenantId);
    const fileLast = lastFile?.document.number ?? 0;
    const dbLast = newest?.number ?? 0;
    if (fileLast > dbLast)
      throw new Error(
        `The external digest series of chain ${tenantId} reaches digest ${fileLast}, the database's ends at ${dbLast}: ` +
          `digests were removed from the database, so no digest ${dbLast + 1} is written. See npm run audit:verify.`,
      );
    // Digests committed but not written out (a crash between the two) are written now, if they are ours and continue the series.
    if (dbLast > fileLast) {
      const trust = await loadKeyTrust(tx);
      let previousSignature = lastFile?.signature.value ?? null;
      for (const d of await tx.auditDigest.findMany({
        where: { tenantId, number: { gt: fileLast } },
        orderBy: { number: "asc" },
      })) {
        const signed = digestFileOf(d);
        const trusted = trust.keys.get(d.kid);
        if (d.previousSignature !== previousSignature || !trusted || !verifyDocument(signed, trusted))
          throw new Error(
            `Digest ${d.number} of chain ${tenantId} does not continue its external series: not writing it out`,
          );
        await writeDigestFile(dir, d);
        previousSignature = d.signature;
      }
    }
    // The next digest follows the external series' newest, which now is the database's too.
    const external = dbLast > fileLast ? await readLastDigestFile(dir, tenantId) : lastFile;
    const previous = external && {
      number: external.document.number,
      periodEnd: new Date(external.document.periodEnd),
      signature: external.signature.value,
    };
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
  if (written) await writeDigestFile(dir, written);
  return written;
}

/**
 * The scheduled job: one digest for every chain (every network's, and the
 * platform's). A chain that cannot get one is logged and skipped, so the
 * others still do; verification reports its series as stale.
 */
export async function writeAllAuditDigests(now = new Date()) {
  const chains = await db.auditChainHead.findMany({ select: { tenantId: true } });
  let written = 0;
  for (const { tenantId } of chains) {
    try {
      if (await writeAuditDigest(tenantId, now)) written++;
    } catch (err) {
      console.error(`audit digest for chain ${tenantId}: ${(err as Error).message}`);
    }
  }
  return written;
}
