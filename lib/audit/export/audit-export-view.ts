import type { AuditExport } from "@/lib/generated/prisma/client";

/** An export as the console and the API show it (numbers, not bigints). */
export function toExportView(r: Omit<AuditExport, "manifest">) {
  return {
    id: r.id,
    format: r.format,
    status: r.status,
    filter: r.filter as Record<string, string>,
    requestedBy: r.requestedByLabel,
    scheduleId: r.scheduleId,
    totalRows: r.totalRows === null ? null : Number(r.totalRows),
    rowsWritten: Number(r.rowsWritten),
    fileName: r.fileName,
    bytes: r.bytes === null ? null : Number(r.bytes),
    sha256: r.sha256,
    error: r.error,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}
