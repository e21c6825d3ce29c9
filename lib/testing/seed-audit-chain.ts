import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { GENESIS_HASH, hashAuditEvent } from "@/lib/audit-chain/hash-audit-event";

/** COPY's text format for one field: NULL is \N; backslash, tab and newlines escaped. */
const field = (v: string | null) =>
  v === null ? "\\N" : v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");

/**
 * Appends `count` real events to a network's audit chain with COPY — each
 * hashed and linked exactly as appendAuditEvents would, so the verifier, the
 * exports and retention treat them as any other — for tests and smoke runs at
 * a size the one-door path would take hours to write. Events are spread from
 * `from` to `to`, oldest first. Returns the new head.
 */
export async function seedAuditChain(
  url: string,
  tenantId: string,
  count: number,
  span: { from: Date; to: Date },
): Promise<{ seq: bigint; hash: string }> {
  const client = new pg.Client({ connectionString: url, application_name: "custodian-seed-audit" });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "AuditChainHead" ("tenantId", seq, hash, "updatedAt") VALUES ($1, 0, $2, now()) ON CONFLICT ("tenantId") DO NOTHING`,
      [tenantId, GENESIS_HASH],
    );
    const {
      rows: [head],
    } = await client.query<{ seq: string; hash: string }>(
      `SELECT seq::text, hash FROM "AuditChainHead" WHERE "tenantId" = $1 FOR UPDATE`,
      [tenantId],
    );
    let seq = BigInt(head!.seq);
    let prevHash = head!.hash;
    const step = (span.to.getTime() - span.from.getTime()) / Math.max(1, count);
    const BATCH = 5000;
    let written = 0;
    const lines = Readable.from(
      (function* () {
        while (written < count) {
          const out: string[] = [];
          for (let i = 0; i < BATCH && written < count; i++, written++) {
            seq += 1n;
            const e = {
              tenantId,
              seq,
              at: new Date(Math.floor(span.from.getTime() + written * step)),
              actorType: "system",
              actorId: null,
              actorLabel: "seed",
              action: written % 3 ? "member.update" : "member.suspend",
              targetType: "member",
              targetId: `m-${written % 10_000}`,
              outcome: "success",
              ip: null,
              userAgent: null,
              requestId: null,
              changes: { after: { n: written } },
              prevHash,
            };
            const hash = hashAuditEvent(e);
            out.push(
              [
                e.tenantId,
                e.seq.toString(),
                e.at.toISOString(),
                e.actorType,
                e.actorId,
                e.actorLabel,
                e.action,
                e.targetType,
                e.targetId,
                "success",
                null,
                null,
                null,
                JSON.stringify(e.changes),
                prevHash,
                hash,
              ]
                .map(field)
                .join("\t"),
            );
            prevHash = hash;
          }
          yield `${out.join("\n")}\n`;
        }
      })(),
    );
    await pipeline(
      lines,
      client.query(
        copyFrom(
          `COPY "AuditEvent" ("tenantId", seq, at, "actorType", "actorId", "actorLabel", action, "targetType", "targetId", outcome, ip, "userAgent", "requestId", changes, "prevHash", hash) FROM STDIN`,
        ),
      ),
    );
    await client.query(`UPDATE "AuditChainHead" SET seq = $2, hash = $3, "updatedAt" = now() WHERE "tenantId" = $1`, [
      tenantId,
      seq.toString(),
      prevHash,
    ]);
    await client.query("COMMIT");
    return { seq, hash: prevHash };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
