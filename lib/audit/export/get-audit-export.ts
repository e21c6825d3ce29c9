import { json } from "@/lib/operation/wire";
import { exportView } from "@/lib/audit/export/audit-export-output";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { toExportView } from "./audit-export-view";

// GET one export: its progress, and once completed its signed manifest.
export const getAuditExport = defineOperation({
  name: "audit.export_read",
  kind: "read",
  permission: "audit.export",
  schema: tenantInput.extend({ exportId: z.uuid({ message: "expected an export id (UUID)" }) }),
  example: (ids) => ({ tenantId: ids.tenantId, exportId: ids.exportId }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/audit-exports/{exportId}",
    summary: "An export's progress and signed manifest",
    file: "app/api/v1/tenants/[tenantId]/audit-exports/[exportId]/route.ts",
  },
  output: z.object({ ...exportView, manifest: json }),
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
