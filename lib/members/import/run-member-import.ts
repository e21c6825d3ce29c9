import { appendAuditEvents } from "@/lib/audit-chain/append-audit-event";
import { db } from "@/lib/db";
import { instanceKey, leaseFree } from "@/lib/jobs/instance-lease";
import type { ImportRow } from "./check-member-csv";

const BATCH = 1000;
const LEASE_MS = 60_000;

class LostLease extends Error {}

/**
 * Takes the import's lease for this instance: when no one holds it, it has run
 * out, or the instance that held it has died (a crash frees it at once, not
 * after LEASE_MS). Returns the attempt it claimed, or null when another live
 * worker holds it or it is not applying. Every batch commits only while
 * `attempts` is still that value, so a worker that stalled cannot commit beside
 * the one that took over.
 */
async function lease(tenantId: string, id: string): Promise<number | null> {
  const owner = await instanceKey();
  const rows = await db.$queryRaw<{ attempts: number }[]>`
    UPDATE "MemberImport" SET "leaseUntil" = now() + make_interval(secs => ${LEASE_MS / 1000}::int),
      "leaseOwner" = ${owner}::int, attempts = attempts + 1, "updatedAt" = now()
    WHERE "tenantId" = ${tenantId}::uuid AND id = ${id}::uuid AND status = 'applying' AND ${leaseFree()}
    RETURNING attempts`;
  return rows[0]?.attempts ?? null;
}

/**
 * Applies an import from its last committed batch onwards. Each batch of 1,000
 * rows commits whole with its audit events and the new checkpoint, so a crash
 * loses at most the batch in flight, which the next run does again. Rows are
 * upserts by email: a member that already matches is left alone, so running
 * the same file twice changes nothing the second time.
 */
export async function runMemberImport(
  tenantId: string,
  id: string,
  onProgress?: (applied: number, total: number) => void,
): Promise<void> {
  const attempt = await lease(tenantId, id);
  if (attempt === null) return;
  const mine = { tenantId, id, attempts: attempt };
  try {
    const job = await db.memberImport.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } });
    const rows = job.rows as unknown as ImportRow[];
    const groups = new Map(
      (await db.securityGroup.findMany({ where: { tenantId }, select: { id: true, name: true } })).map((g) => [
        g.name,
        g.id,
      ]),
    );
    for (let start = job.applied; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      await db.$transaction(
        async (tx) => {
          // Holds the import's row until commit: a worker that lost the lease stops here.
          const held = await tx.$queryRaw<unknown[]>`
            SELECT 1 FROM "MemberImport" WHERE "tenantId" = ${tenantId}::uuid AND id = ${id}::uuid
              AND attempts = ${attempt}::int AND status = 'applying' FOR UPDATE`;
          if (held.length !== 1) throw new LostLease(`import ${id}: another worker took over`);
          const existing = new Map(
            (await tx.member.findMany({ where: { tenantId, email: { in: batch.map((r) => r.email) } } })).map((m) => [
              m.email,
              m,
            ]),
          );
          let created = 0;
          let updated = 0;
          const events: Parameters<typeof appendAuditEvents>[2] = [];
          const fresh = [];
          for (const r of batch) {
            const groupId = groups.get(r.group);
            if (!groupId) throw new Error(`group ${r.group} no longer exists`);
            const displayName = `${r.firstName} ${r.lastName}`.trim() || r.email;
            const m = existing.get(r.email);
            if (!m) {
              fresh.push({
                tenantId,
                email: r.email,
                firstName: r.firstName,
                lastName: r.lastName,
                displayName,
                groupId,
                externalId: r.externalId,
                status: "pending" as const,
                inviteExpiresAt: new Date(Date.now() + 7 * 86_400_000),
              });
              created++;
            } else if (
              m.firstName !== r.firstName ||
              m.lastName !== r.lastName ||
              m.groupId !== groupId ||
              (r.externalId && m.externalId !== r.externalId)
            ) {
              await tx.member.update({
                where: { tenantId_id: { tenantId, id: m.id } },
                data: {
                  firstName: r.firstName,
                  lastName: r.lastName,
                  displayName,
                  groupId,
                  ...(r.externalId ? { externalId: r.externalId } : {}),
                },
              });
              events.push({
                action: "member.update",
                outcome: "success",
                actor: { type: "system", label: `import ${id}` },
                target: { type: "member", id: m.id },
                changes: {
                  before: { firstName: m.firstName, lastName: m.lastName, groupId: m.groupId },
                  after: { firstName: r.firstName, lastName: r.lastName, groupId },
                },
              });
              updated++;
            }
          }
          if (fresh.length) {
            const made = await tx.member.createManyAndReturn({ data: fresh, select: { id: true, email: true } });
            for (const m of made) {
              events.push({
                action: "member.create",
                outcome: "success",
                actor: { type: "system", label: `import ${id}` },
                target: { type: "member", id: m.id },
                changes: { after: { email: m.email, via: "import" } },
              });
            }
          }
          await appendAuditEvents(tx, tenantId, events);
          await tx.memberImport.update({
            where: { tenantId_id: { tenantId, id } },
            data: {
              applied: start + batch.length,
              created: { increment: created },
              updated: { increment: updated },
              unchanged: { increment: batch.length - created - updated },
              leaseUntil: new Date(Date.now() + LEASE_MS),
            },
          });
        },
        { timeout: 120_000 },
      );
      onProgress?.(start + batch.length, rows.length);
    }
    await db.$transaction(async (tx) => {
      const ended = await tx.memberImport.updateMany({
        where: { ...mine, status: "applying" },
        data: { status: "done", finishedAt: new Date(), leaseUntil: null, leaseOwner: null },
      });
      if (ended.count !== 1) throw new LostLease(`import ${id}: another worker took over`);
      const done = await tx.memberImport.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } });
      await appendAuditEvents(tx, tenantId, [
        {
          action: "member.import_done",
          outcome: "success",
          actor: { type: "system", label: `import ${id}` },
          target: { type: "member_import", id },
          changes: { after: { created: done.created, updated: done.updated, unchanged: done.unchanged } },
        },
      ]);
    });
  } catch (err) {
    // The worker that took over carries on; this one leaves the import alone.
    if (err instanceof LostLease) return;
    await db.memberImport.updateMany({
      where: { ...mine, status: "applying" },
      data: {
        status: "failed",
        error: err instanceof Error ? err.message : String(err),
        leaseUntil: null,
        leaseOwner: null,
      },
    });
    throw err;
  }
}

/**
 * Picks up imports left half-done by a crashed instance (this one before a
 * restart, or another replica): those whose lease is free, run out, or held by
 * an instance that is no longer alive. Returns the ids of those it started.
 */
export async function resumeMemberImports(): Promise<string[]> {
  const stuck = await db.$queryRaw<{ tenantId: string; id: string }[]>`
    SELECT "tenantId"::text AS "tenantId", id::text AS id FROM "MemberImport" WHERE status = 'applying' AND ${leaseFree()}`;
  for (const j of stuck) void runMemberImport(j.tenantId, j.id).catch(() => {});
  return stuck.map((j) => j.id);
}
