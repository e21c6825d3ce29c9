import { exportView } from "@/lib/audit/export/audit-export-output";
import { page } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { toExportView } from "./audit-export-view";

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
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/audit-exports", summary: "Audit exports, newest first" },
  output: page(z.object(exportView)),
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
