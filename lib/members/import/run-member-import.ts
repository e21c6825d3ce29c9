import { appendAuditEvents } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import type { ImportRow } from "./check-member-csv";

const BATCH = 1000;
const LEASE_MS = 60_000;

/** Takes the import's lease; false when another worker holds it or it is not applying. */
async function lease(tenantId: string, id: string): Promise<boolean> {
  const n = await db.$executeRaw`
    UPDATE "MemberImport" SET "leaseUntil" = now() + make_interval(secs => ${LEASE_MS / 1000}::int), "updatedAt" = now()
    WHERE "tenantId" = ${tenantId}::uuid AND id = ${id}::uuid AND status = 'applying'
      AND ("leaseUntil" IS NULL OR "leaseUntil" < now())`;
  return n === 1;
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
  if (!(await lease(tenantId, id))) return;
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
      const done = await tx.memberImport.update({
        where: { tenantId_id: { tenantId, id } },
        data: { status: "done", finishedAt: new Date(), leaseUntil: null },
      });
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
    await db.memberImport.update({
      where: { tenantId_id: { tenantId, id } },
      data: { status: "failed", error: err instanceof Error ? err.message : String(err), leaseUntil: null },
    });
    throw err;
  }
}

/** Picks up imports a crashed or restarted server left half-done. */
export async function resumeMemberImports(): Promise<number> {
  const stuck = await db.memberImport.findMany({
    where: { status: "applying", OR: [{ leaseUntil: null }, { leaseUntil: { lt: new Date() } }] },
    select: { tenantId: true, id: true },
  });
  for (const j of stuck) void runMemberImport(j.tenantId, j.id).catch(() => {});
  return stuck.length;
}
