import { appendAuditEvents } from "@/lib/audit-chain/append-audit-event";
import { writeAuditCheckpoint } from "@/lib/audit/audit-checkpoint";
import { getConfig } from "@/lib/config/read-config";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { instanceKey, leaseFree } from "@/lib/jobs/instance-lease";
import { hashBatches, hashIds } from "./hash-ids";
import { heldTargetIds, holdLockKey, memberIsHeld } from "./held-members-sql";

type Tx = Prisma.TransactionClient;

export interface RunOptions {
  batchSize?: number;
  pauseMs?: number;
  leaseSeconds?: number;
  /** Called after each committed batch, e.g. to log progress. */
  onBatch?: (progress: { kind: string; count: number; done: number; total: number; ms: number }) => void;
}

class LostLease extends Error {}

/** Each phase's keyset position: the sort key of the last row it deleted. */
interface Position {
  members?: [string, string];
  devices?: [string, string];
  audit?: string;
}

/**
 * Takes the run's lease for this instance: when no one holds it, it has run
 * out, or the instance that held it has died (its instance lock is gone, so a
 * crash frees the run at once, not after the lease). Each claim bumps `attempts`, and every batch commits
 * only while `attempts` still equals the value its worker claimed, so a worker
 * that stalled past its lease cannot commit beside the one that took over.
 */
async function claim(tenantId: string, id: string, leaseSeconds: number): Promise<number | null> {
  const owner = await instanceKey();
  const rows = await db.$queryRaw<{ attempts: number }[]>`
    UPDATE "RetentionRun"
    SET attempts = attempts + 1, status = 'running', "leaseUntil" = now() + make_interval(secs => ${leaseSeconds}::int),
        "leaseOwner" = ${owner}::int, "startedAt" = coalesce("startedAt", now()), "updatedAt" = now()
    WHERE "tenantId" = ${tenantId}::uuid AND id = ${id}::uuid AND status IN ('queued', 'running') AND ${leaseFree()}
    RETURNING attempts`;
  return rows[0]?.attempts ?? null;
}

/**
 * Runs (or resumes) one retention run to its end: members deactivated long
 * enough ago, then stale devices, then the start of the audit chain. Every
 * batch is one short transaction that deletes at most `batchSize` rows, records
 * the batch (count, hash of the ids) and moves the run's counters, so a crash
 * loses nothing and a rerun deletes nothing twice: what a committed batch
 * deleted is gone, and what an uncommitted one touched was rolled back. The
 * receipt is written to the audit log in the same transaction that marks the
 * run completed. Held members, their devices and audit events about them are
 * never deleted. A run that fails still gets its receipt, for what it deleted
 * before the failure. Returns "busy" when another worker holds the run's lease
 * and "gone" when the run has already ended.
 */
export async function processRetentionRun(
  tenantId: string,
  id: string,
  opts: RunOptions = {},
): Promise<"completed" | "failed" | "busy" | "gone"> {
  const config = getConfig();
  const batchSize = opts.batchSize ?? config.CUSTODIAN_RETENTION_BATCH_SIZE;
  const pauseMs = opts.pauseMs ?? config.CUSTODIAN_RETENTION_PAUSE_MS;
  const leaseSeconds = opts.leaseSeconds ?? config.CUSTODIAN_RETENTION_LEASE_SECONDS;
  const attempt = await claim(tenantId, id, leaseSeconds);
  if (attempt === null) {
    const run = await db.retentionRun.findUnique({
      where: { tenantId_id: { tenantId, id } },
      select: { status: true },
    });
    return run && (run.status === "queued" || run.status === "running") ? "busy" : "gone";
  }
  const run = await db.retentionRun.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } });
  let done = run.membersDeleted + run.devicesDeleted + run.auditEventsDeleted;
  let position = run.position as Position;
  // Events up to the last checkpoint are gone already: start after it.
  const checkpoint = await db.auditCheckpoint.findUnique({ where: { tenantId }, select: { seq: true } });
  if (position.audit === undefined && checkpoint) position = { ...position, audit: checkpoint.seq.toString() };

  /**
   * One batch: `work` deletes and returns the ids and the phase's new position;
   * the batch row, the counters and the position commit with the deletions.
   */
  async function batch(
    kind: "members" | "devices" | "audit_events",
    work: (tx: Tx) => Promise<{ ids: string[][]; position?: Position }>,
  ) {
    const t0 = performance.now();
    let moved = position;
    const deleted = await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${holdLockKey(tenantId)})`;
        const { ids: groups, position: next } = await work(tx);
        moved = { ...position, ...next };
        const total = groups.reduce((n, g) => n + g.length, 0);
        if (total === 0) return 0;
        const [{ seq } = { seq: 0 }] = await tx.$queryRaw<{ seq: number }[]>`
          SELECT coalesce(max(seq), 0)::int AS seq FROM "RetentionRunBatch" WHERE "tenantId" = ${tenantId}::uuid AND "runId" = ${id}::uuid`;
        const kinds = kind === "members" ? (["members", "devices"] as const) : ([kind] as const);
        let batchSeq = seq;
        for (const [i, ids] of groups.entries()) {
          if (ids.length === 0) continue;
          batchSeq++;
          await tx.retentionRunBatch.create({
            data: {
              tenantId,
              runId: id,
              seq: batchSeq,
              kind: kinds[i]!,
              count: ids.length,
              idsSha256: hashIds(ids),
              lockMs: Math.round(performance.now() - t0),
            },
          });
        }
        const lockMs = Math.round(performance.now() - t0);
        const counted = await tx.$executeRaw`
          UPDATE "RetentionRun" SET
            "membersDeleted" = "membersDeleted" + ${kind === "members" ? groups[0]!.length : 0}::int,
            "devicesDeleted" = "devicesDeleted" + ${kind === "members" ? (groups[1]?.length ?? 0) : kind === "devices" ? total : 0}::int,
            "auditEventsDeleted" = "auditEventsDeleted" + ${kind === "audit_events" ? total : 0}::int,
            batches = batches + 1, position = ${JSON.stringify(moved)}::jsonb, "longestBatchMs" = greatest("longestBatchMs", ${lockMs}::int), phase = ${kind},
            "leaseUntil" = now() + make_interval(secs => ${leaseSeconds}::int), "updatedAt" = now()
          WHERE "tenantId" = ${tenantId}::uuid AND id = ${id}::uuid AND attempts = ${attempt}::int`;
        if (counted !== 1) throw new LostLease(`retention run ${id}: another worker took over`);
        return total;
      },
      { timeout: 120_000 },
    );
    position = moved;
    if (deleted > 0) {
      done += deleted;
      // Wall time of the whole transaction, commit included: the longest any of its row locks was held.
      opts.onBatch?.({ kind, count: deleted, done, total: run.total, ms: performance.now() - t0 });
      if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
    }
    return deleted;
  }

  /**
   * The hot path, one statement: delete the next batch of stale devices (keyset
   * from the last one deleted), record the batch with the SHA-256 of its ids
   * (sorted, one per line, computed in PostgreSQL exactly as hashIds() does)
   * and move the run's counters and position, only while this worker still
   * holds the run (the lease row is locked first). One round trip keeps the
   * transaction, and so every row lock it takes, as short as the work itself.
   */
  async function deviceBatch(before: Date): Promise<number> {
    const t0 = performance.now();
    const from = position.devices;
    const [row] = await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${holdLockKey(tenantId)})`;
        return tx.$queryRaw<{ n: number; leased: number; lastAt: Date | null; lastId: string | null }[]>`
          WITH lease AS (
            SELECT id FROM "RetentionRun"
            WHERE "tenantId" = ${tenantId}::uuid AND id = ${id}::uuid AND attempts = ${attempt}::int FOR UPDATE),
          doomed AS (
            SELECT d.id FROM "Device" d JOIN "Member" m ON m."tenantId" = d."tenantId" AND m.id = d."memberId"
            WHERE EXISTS (SELECT 1 FROM lease) AND d."tenantId" = ${tenantId}::uuid AND d."lastSeenAt" < ${before}
              AND ${from ? Prisma.sql`(d."lastSeenAt", d.id) > (${new Date(from[0])}, ${from[1]}::uuid)` : Prisma.sql`true`}
              AND NOT ${memberIsHeld}
            ORDER BY d."lastSeenAt", d.id LIMIT ${batchSize} FOR UPDATE OF d SKIP LOCKED),
          del AS (
            DELETE FROM "Device" x USING doomed WHERE x."tenantId" = ${tenantId}::uuid AND x.id = doomed.id
            RETURNING x.id, x."lastSeenAt"),
          agg AS (
            SELECT count(*)::int AS n,
                   encode(sha256(convert_to(coalesce(string_agg(id::text, E'\n' ORDER BY id), ''), 'UTF8')), 'hex') AS h
            FROM del),
          last AS (SELECT id, "lastSeenAt" FROM del ORDER BY "lastSeenAt" DESC, id DESC LIMIT 1),
          ins AS (
            INSERT INTO "RetentionRunBatch" ("tenantId", "runId", seq, kind, count, "idsSha256", "lockMs", at)
            SELECT ${tenantId}::uuid, ${id}::uuid,
                   coalesce((SELECT max(seq) FROM "RetentionRunBatch" WHERE "tenantId" = ${tenantId}::uuid AND "runId" = ${id}::uuid), 0) + 1,
                   'devices', agg.n, agg.h, (extract(epoch FROM clock_timestamp() - now()) * 1000)::int, now()
            FROM agg WHERE agg.n > 0 RETURNING "lockMs"),
          upd AS (
            UPDATE "RetentionRun" r SET
              "devicesDeleted" = r."devicesDeleted" + agg.n, batches = r.batches + 1, phase = 'devices',
              position = r.position || jsonb_build_object('devices', jsonb_build_array(
                to_char((SELECT "lastSeenAt" FROM last) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                (SELECT id::text FROM last))),
              "longestBatchMs" = greatest(r."longestBatchMs", (SELECT "lockMs" FROM ins)),
              "leaseUntil" = now() + make_interval(secs => ${leaseSeconds}::int), "updatedAt" = now()
            FROM agg WHERE r."tenantId" = ${tenantId}::uuid AND r.id = ${id}::uuid AND agg.n > 0 RETURNING 1)
          SELECT agg.n, (SELECT count(*)::int FROM lease) AS leased,
                 (SELECT "lastSeenAt" FROM last) AS "lastAt", (SELECT id::text FROM last) AS "lastId",
                 (SELECT count(*)::int FROM upd) AS updated
          FROM agg`;
      },
      { timeout: 120_000 },
    );
    if (!row || row.leased !== 1) throw new LostLease(`retention run ${id}: another worker took over`);
    if (row.n === 0) return 0;
    position = { ...position, devices: [row.lastAt!.toISOString(), row.lastId!] };
    done += row.n;
    opts.onBatch?.({ kind: "devices", count: row.n, done, total: run.total, ms: performance.now() - t0 });
    if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
    return row.n;
  }

  try {
    if (run.membersBefore) {
      const before = run.membersBefore;
      while (
        (await batch("members", async (tx) => {
          // Keyset from the last deleted row: never rescans the dead rows earlier batches left in the index.
          // (A row another transaction holds is skipped, and left for the next run.)
          const from = position.members;
          const members = await tx.$queryRaw<{ id: string; at: Date }[]>`
            SELECT m.id::text, m."deactivatedAt" AS at FROM "Member" m
            WHERE m."tenantId" = ${tenantId}::uuid AND m.status = 'deactivated' AND m."deactivatedAt" < ${before}
              AND ${from ? Prisma.sql`(m."deactivatedAt", m.id) > (${new Date(from[0])}, ${from[1]}::uuid)` : Prisma.sql`true`}
              AND NOT ${memberIsHeld}
            ORDER BY m."deactivatedAt", m.id LIMIT ${batchSize} FOR UPDATE OF m SKIP LOCKED`;
          if (members.length === 0) return { ids: [] };
          const ids = members.map((m) => m.id);
          const devices = await tx.$queryRaw<{ id: string }[]>`
            DELETE FROM "Device" WHERE "tenantId" = ${tenantId}::uuid AND "memberId" = ANY(${ids}::uuid[]) RETURNING id::text`;
          await tx.$executeRaw`DELETE FROM "MemberLifetimeException" WHERE "tenantId" = ${tenantId}::uuid AND "memberId" = ANY(${ids}::uuid[])`;
          await tx.$executeRaw`DELETE FROM "ServiceCommand" WHERE "tenantId" = ${tenantId}::uuid AND "memberId" = ANY(${ids}::uuid[])`;
          await tx.$executeRaw`DELETE FROM "Member" WHERE "tenantId" = ${tenantId}::uuid AND id = ANY(${ids}::uuid[])`;
          const last = members[members.length - 1]!;
          return {
            ids: [ids, devices.map((d) => d.id)],
            position: { members: [last.at.toISOString(), last.id] },
          };
        })) > 0
      );
    }
    if (run.devicesBefore) {
      const before = run.devicesBefore;
      while ((await deviceBatch(before)) > 0);
    }
    if (run.auditBefore) {
      const before = run.auditBefore;
      while (
        (await batch("audit_events", async (tx) => {
          // The oldest events first, up to the first one that is recent enough or
          // about a held member or group: the chain loses its start, never a middle.
          const rows = await tx.$queryRaw<{ seq: bigint; hash: string }[]>`
            WITH cand AS (
              SELECT seq, at, "targetId" FROM "AuditEvent"
              WHERE "tenantId" = ${tenantId} AND seq > ${BigInt(position.audit ?? "0")}
              ORDER BY seq LIMIT ${batchSize}),
            stop AS (SELECT min(seq) AS s FROM cand WHERE at >= ${before} OR "targetId" IN ${heldTargetIds(tenantId)})
            DELETE FROM "AuditEvent" WHERE "tenantId" = ${tenantId}
              AND seq IN (SELECT seq FROM cand WHERE seq < coalesce((SELECT s FROM stop), 9223372036854775807))
            RETURNING seq, hash`;
          if (rows.length === 0) return { ids: [] };
          const last = rows.reduce((a, b) => (b.seq > a.seq ? b : a));
          await writeAuditCheckpoint(tx, { tenantId, seq: last.seq, hash: last.hash, runId: id });
          return { ids: [rows.map((r) => r.seq.toString())], position: { audit: last.seq.toString() } };
        })) > 0
      );
    }
    await finish(tenantId, id, attempt, null);
    return "completed";
  } catch (err) {
    if (err instanceof LostLease) return "busy";
    await finish(tenantId, id, attempt, err instanceof Error ? err.message : String(err));
    return "failed";
  }
}

/** Ends the run and writes its receipt, together: there is never one without the other. */
async function finish(tenantId: string, id: string, attempt: number, error: string | null) {
  await db.$transaction(async (tx) => {
    const run = await tx.retentionRun.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } });
    if (run.attempts !== attempt || run.status !== "running") throw new LostLease("finished elsewhere");
    const batches = await tx.retentionRunBatch.findMany({ where: { tenantId, runId: id }, orderBy: { seq: "asc" } });
    const of = (kind: string) => {
      const b = batches.filter((x) => x.kind === kind);
      return {
        count: b.reduce((n, x) => n + x.count, 0),
        batches: b.length,
        idsSha256: hashBatches(b.map((x) => x.idsSha256)),
      };
    };
    const checkpoint = run.auditBefore ? await tx.auditCheckpoint.findUnique({ where: { tenantId } }) : null;
    const receipt = {
      runId: id,
      status: error ? "failed" : "completed",
      ...(error ? { error } : {}),
      trigger: run.trigger,
      policyVersion: run.policyVersion,
      cutoffs: {
        membersBefore: run.membersBefore?.toISOString() ?? null,
        devicesBefore: run.devicesBefore?.toISOString() ?? null,
        auditBefore: run.auditBefore?.toISOString() ?? null,
      },
      members: of("members"),
      devices: of("devices"),
      auditEvents: of("audit_events"),
      heldMembersSkipped: run.heldMembersSkipped,
      heldDevicesSkipped: run.heldDevicesSkipped,
      holdsHonoured: run.holds,
      attempts: run.attempts,
      longestBatchMs: run.longestBatchMs,
      ...(checkpoint
        ? { auditCheckpoint: { seq: checkpoint.seq.toString(), hash: checkpoint.hash, kid: checkpoint.kid } }
        : {}),
    };
    await appendAuditEvents(tx, tenantId, [
      {
        action: "retention.run_receipt",
        outcome: error ? "failed" : "success",
        actor: { type: "system", label: "retention job" },
        target: { type: "retention_run", id },
        changes: { after: receipt },
      },
    ]);
    const [head] = await tx.$queryRaw<
      { seq: bigint }[]
    >`SELECT seq FROM "AuditChainHead" WHERE "tenantId" = ${tenantId}`;
    await tx.retentionRun.update({
      where: { tenantId_id: { tenantId, id } },
      data: {
        status: error ? "failed" : "completed",
        phase: null,
        finishedAt: new Date(),
        leaseUntil: null,
        leaseOwner: null,
        error,
        receiptSeq: head?.seq ?? null,
      },
    });
  });
}
