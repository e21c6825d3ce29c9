import type { PrismaClient } from "@/lib/generated/prisma/client";
import { GENESIS_HASH, hashAuditEvent } from "./hash-audit-event";

export type ChainVerdict =
  | { ok: true; tenantId: string; events: number; headSeq: bigint; headHash: string }
  | { ok: false; tenantId: string; events: number; firstBadSeq: bigint; reason: string };

const PAGE = 5000;

/**
 * Walks one tenant's chain in seq order and reports the first broken link:
 * a gap or reordering in seq, a prevHash that does not match the previous hash,
 * or a hash that does not match the event's contents.
 */
export async function verifyAuditChain(
  client: Pick<PrismaClient, "auditEvent" | "auditChainHead">,
  tenantId: string,
): Promise<ChainVerdict> {
  let expectedSeq = 1n;
  let prevHash = GENESIS_HASH;
  let events = 0;
  for (;;) {
    const rows = await client.auditEvent.findMany({
      where: { tenantId, seq: { gte: expectedSeq } },
      orderBy: { seq: "asc" },
      take: PAGE,
    });
    for (const row of rows) {
      events++;
      const bad = (reason: string): ChainVerdict => ({ ok: false, tenantId, events, firstBadSeq: expectedSeq, reason });
      if (row.seq !== expectedSeq) return bad(`expected seq ${expectedSeq}, found ${row.seq}`);
      if (row.prevHash !== prevHash) return bad("prevHash does not match the previous event's hash");
      if (hashAuditEvent(row) !== row.hash) return bad("hash does not match the event's contents");
      prevHash = row.hash;
      expectedSeq++;
    }
    if (rows.length < PAGE) break;
  }
  const head = await client.auditChainHead.findUnique({ where: { tenantId } });
  if (head && head.seq !== expectedSeq - 1n) {
    return {
      ok: false,
      tenantId,
      events,
      firstBadSeq: expectedSeq,
      reason: `chain head says seq ${head.seq}, but the log ends at ${expectedSeq - 1n}`,
    };
  }
  return { ok: true, tenantId, events, headSeq: expectedSeq - 1n, headHash: prevHash };
}
