import { count, seq } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { loadKeyTrust } from "@/lib/signing/key-trust";
import { byTenant } from "@/lib/validation/tenant-input";
import { storedExportFile } from "./export-paths";
import { verifyAuditExport } from "./verify-audit-export";

/**
 * Checks a completed export on disk against its manifest, exactly as the
 * offline command does (npm run audit:verify -- --export …), with the
 * keys that chain to the trust root (the ones /.well-known/jwks.json publishes). A read: it can take seconds on a large file,
 * longer than a write's transaction should stay open.
 */
export const verifyStoredExport = defineOperation({
  name: "audit.verify_export",
  kind: "read",
  permission: "audit.verify",
  schema: z.object({
    tenantId: z.uuid({ message: "expected a network id (UUID)" }),
    exportId: z.uuid({ message: "expected an export id (UUID)" }),
  }),
  example: (ids) => ({ tenantId: ids.tenantId, exportId: ids.exportId }),
  api: { method: "POST", path: "/tenants/{tenantId}/audit-exports/{exportId}/verify", summary: "Verify an export" },
  output: z.union([
    z.object({
      ok: z.literal(true),
      rows: count,
      firstSeq: seq.nullable(),
      lastSeq: seq.nullable(),
      kid: z.string(),
    }),
    z.object({ ok: z.literal(false), rows: count, firstBadSeq: seq.nullable(), reason: z.string() }),
  ]),
  tenantOf: byTenant,
  async run({ input, db }) {
    const exp = await db.auditExport.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.exportId } },
      select: { status: true, fileName: true },
    });
    if (!exp || exp.status !== "completed" || !exp.fileName) throw notFound("A completed export");
    const { keys } = await loadKeyTrust(db);
    const file = await storedExportFile(input.exportId, exp.fileName);
    const manifest = await storedExportFile(input.exportId, `${exp.fileName}.manifest.json`);
    return verifyAuditExport(file.path, manifest.path, keys);
  },
});
