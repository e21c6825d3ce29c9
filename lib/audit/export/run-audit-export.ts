import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { instanceKey, ownerAlive } from "@/lib/jobs/instance-lease";
import { auditFilterSchema } from "@/lib/audit/explorer/audit-filter";
import { exportDir, exportFileName } from "./export-paths";
import { writeAuditExport } from "./write-audit-export";
import { mkdir } from "node:fs/promises";

class LostExport extends Error {}

/**
 * SQL: the export may be claimed. Queued; failed (pg-boss retrying the job);
 * or running under an instance that is no longer alive (a crash). Never
 * completed, and never running under a live instance.
 */
export const exportClaimable = Prisma.sql`(status IN ('queued', 'failed')
  OR (status = 'running' AND ("leaseOwner" IS NULL OR NOT ${ownerAlive(Prisma.raw(`"leaseOwner"`))})))`;

/**
 * Claims the export for this instance, in one conditional UPDATE: of any number
 * of workers (on one instance or many) that try at once, one gets it. Returns
 * the attempt claimed, which fences every later write of this worker.
 */
async function claim(tenantId: string, exportId: string): Promise<number | null> {
  const owner = await instanceKey();
  const rows = await db.$queryRaw<{ attempts: number }[]>`
    UPDATE "AuditExport" SET status = 'running', "leaseOwner" = ${owner}::int, attempts = attempts + 1,
      "startedAt" = now(), "finishedAt" = NULL, "rowsWritten" = 0, error = NULL
    WHERE "tenantId" = ${tenantId}::uuid AND id = ${exportId}::uuid AND ${exportClaimable}
    RETURNING attempts`;
  return rows[0]?.attempts ?? null;
}

/**
 * The job body: writes one export, if this worker can claim it (see
 * exportClaimable): an export another live instance is writing, or one that
 * is completed, is left alone. Running it again (a retry, or a resume after a
 * crash) starts the file over from a fresh snapshot. Returns whether this
 * worker wrote it.
 */
export async function runAuditExport(tenantId: string, exportId: string): Promise<boolean> {
  const attempt = await claim(tenantId, exportId);
  if (attempt === null) return false;
  const exp = await db.auditExport.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: exportId } } });
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { slug: true } });
  const fileName = exportFileName(exp, tenant?.slug ?? tenantId);
  // Every write is this attempt's only: a worker that lost the export changes nothing.
  const where = { tenantId, id: exportId, attempts: attempt, status: "running" as const };
  const stillMine = async () => (await db.auditExport.count({ where })) === 1;
  await db.auditExport.updateMany({ where, data: { fileName } });
  try {
    const dir = exportDir();
    await mkdir(dir, { recursive: true });
    const signed = await writeAuditExport({
      exportId,
      tenantId,
      format: exp.format,
      // Stored already validated; parsed again so the job never trusts a row's JSON blindly.
      filter: auditFilterSchema.parse(exp.filter),
      dir,
      fileName,
      attempt,
      connectionString: process.env.DATABASE_URL!,
      beforePublish: async () => {
        if (!(await stillMine())) throw new LostExport(`export ${exportId}: another worker took over`);
      },
      onProgress: async (rowsWritten, totalRows) => {
        await db.auditExport.updateMany({
          where,
          data: { rowsWritten: BigInt(rowsWritten), totalRows: BigInt(totalRows) },
        });
      },
    });
    const m = signed.document;
    await db.auditExport.updateMany({
      where,
      data: {
        status: "completed",
        finishedAt: new Date(),
        rowsWritten: BigInt(m.rows),
        totalRows: BigInt(m.rows),
        bytes: BigInt(m.file.bytes),
        sha256: m.file.sha256,
        manifest: signed as unknown as Prisma.InputJsonValue,
      },
    });
    return true;
  } catch (err) {
    if (err instanceof LostExport) return false;
    await db.auditExport.updateMany({
      where,
      data: { status: "failed", finishedAt: new Date(), error: err instanceof Error ? err.message : String(err) },
    });
    throw err;
  }
}
