import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { importRef } from "./member-import-ref";

// GET an import's state: its dry-run report and, once applying, its progress.
export const getMemberImport = defineOperation({
  name: "member.import_preview",
  kind: "read",
  permission: "members.read",
  schema: importRef,
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/member-imports/{importId}",
    summary: "An import's report and progress",
  },
  tenantOf: byTenant,
  async run({ input, db }) {
    const job = await db.memberImport.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.importId } },
      omit: { rows: true },
    });
    if (!job) throw notFound("The import");
    return job;
  },
});
