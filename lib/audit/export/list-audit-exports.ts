import { z } from "zod";
import type { AuditExport } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

/** An export as the console and the API show it (numbers, not bigints). */
function toExportView(r: Omit<AuditExport, "manifest">) {
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

const ORDER: KeyColumn[] = [
  { field: "createdAt", dir: "desc", kind: "date" },
  { field: "id", dir: "desc", kind: "string" },
];

// GET a page of a network's audit exports, newest first, with their progress.
export const listAuditExports = defineOperation({
  name: "audit.export_list",
  kind: "read",
  permission: "audit.export",
  schema: tenantInput.extend(keysetFields(20)),
  api: { method: "GET", path: "/tenants/{tenantId}/audit-exports", summary: "Audit exports, newest first" },
  tenantOf: byTenant,
  async run({ input, db }) {
    const page = await pageByKeyset(ORDER, input, (keyset) =>
      db.auditExport.findMany({
        ...keyset,
        where: { AND: [{ tenantId: input.tenantId }, keyset.where] },
        omit: { manifest: true },
      }),
    );
    return { ...page, rows: page.rows.map(toExportView) };
  },
});

// GET one export: its progress, and once completed its signed manifest.
export const getAuditExport = defineOperation({
  name: "audit.export_read",
  kind: "read",
  permission: "audit.export",
  schema: tenantInput.extend({ exportId: z.uuid({ message: "expected an export id (UUID)" }) }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/audit-exports/{exportId}",
    summary: "An export's progress and signed manifest",
    file: "app/api/v1/tenants/[tenantId]/audit-exports/[exportId]/route.ts",
  },
  ui: { none: "a script polling one export; the console's exports list shows the same progress and manifest" },
  tenantOf: byTenant,
  async run({ input, db }) {
    const row = await db.auditExport.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.exportId } },
    });
    if (!row) throw notFound("The export");
    return { ...toExportView(row), manifest: row.manifest };
  },
});
