import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditFilterSchema } from "@/lib/audit/explorer/audit-filter";
import { exportDir, exportFileName } from "./export-paths";
import { writeAuditExport } from "./write-audit-export";
import { mkdir } from "node:fs/promises";

/**
 * The job body: writes one queued export. Running it again (a retry after a
 * crash) starts the file over from a fresh snapshot; a completed export is
 * left as it is.
 */
export async function runAuditExport(tenantId: string, exportId: string): Promise<void> {
  const exp = await db.auditExport.findUnique({ where: { tenantId_id: { tenantId, id: exportId } } });
  if (!exp || exp.status === "completed") return;
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { slug: true } });
  const fileName = exportFileName(exp, tenant?.slug ?? tenantId);
  const where = { tenantId_id: { tenantId, id: exportId } };
  await db.auditExport.update({
    where,
    data: { status: "running", startedAt: new Date(), fileName, rowsWritten: 0, error: null },
  });
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
      connectionString: process.env.DATABASE_URL!,
      onProgress: async (rowsWritten, totalRows) => {
        await db.auditExport.update({
          where,
          data: { rowsWritten: BigInt(rowsWritten), totalRows: BigInt(totalRows) },
        });
      },
    });
    const m = signed.document;
    await db.auditExport.update({
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
  } catch (err) {
    await db.auditExport.update({
      where,
      data: { status: "failed", finishedAt: new Date(), error: err instanceof Error ? err.message : String(err) },
    });
    throw err;
  }
}
