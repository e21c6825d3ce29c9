import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { storedExportFile } from "./export-paths";

export const downloadAuditExportSchema = z.object({
  tenantId: z.uuid({ message: "expected a network id (UUID)" }),
  exportId: z.uuid({ message: "expected an export id (UUID)" }),
  part: z.enum(["file", "manifest"], { message: "expected file or manifest" }).default("file"),
});

/**
 * Hands out a completed export's file or manifest. Every download is recorded:
 * who took a copy of the audit log, and when, is itself evidence.
 */
export const downloadAuditExport = defineOperation({
  name: "audit.export_download",
  kind: "write",
  permission: "audit.export",
  schema: downloadAuditExportSchema,
  example: (ids) => ({ tenantId: ids.tenantId, exportId: ids.exportId, part: "file" }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/audit-exports/{exportId}/{part}",
    summary: "Download an export's file or manifest",
    file: "app/api/v1/tenants/[tenantId]/audit-exports/[exportId]/[part]/route.ts",
    files: {
      "text/csv": { schema: { type: "string", description: "part=file of a CSV export" } },
      "application/jsonl": { schema: { type: "string", description: "part=file of a JSON Lines export" } },
      "application/json": {
        schema: { type: "object", description: "part=manifest: the signed manifest (document, signature, key id)" },
      },
    },
  },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const exp = await tx.auditExport.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.exportId } },
      select: { status: true, fileName: true, format: true, sha256: true },
    });
    if (!exp || exp.status !== "completed" || !exp.fileName) throw notFound("A completed export");
    const fileName = input.part === "file" ? exp.fileName : `${exp.fileName}.manifest.json`;
    // Checked before the download is recorded: a copy no one could take is not evidence of one.
    const stored = await storedExportFile(input.exportId, fileName);
    return {
      result: {
        ...stored,
        fileName,
        contentType:
          input.part === "manifest"
            ? "application/json"
            : exp.format === "csv"
              ? "text/csv; charset=utf-8"
              : "application/jsonl; charset=utf-8",
      },
      audit: {
        target: { type: "audit_export", id: input.exportId },
        changes: { after: { part: input.part, sha256: exp.sha256 } },
      },
    };
  },
});
