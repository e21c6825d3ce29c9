import { id, count } from "@/lib/operation/wire";
import { z } from "zod";
import { runMemberImport } from "./run-member-import";
import { leaseFree } from "@/lib/jobs/instance-lease";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { importRef } from "./member-import-ref";

/**
 * Starts applying a reviewed import. Refused while the dry run found problems:
 * fix the file and check it again. The work itself runs in the background
 * (run-member-import.ts), which the caller starts after this commits.
 */
export const applyMemberImport = defineOperation({
  name: "member.import_apply",
  kind: "write",
  permission: "members.update",
  schema: importRef,
  example: (ids) => ({ tenantId: ids.tenantId, importId: ids.importId }),
  api: {
    method: "POST",
    path: "/tenants/{tenantId}/member-imports/{importId}/apply",
    summary: "Apply a checked import",
    after: (_r, input) => void runMemberImport(String(input.tenantId), String(input.importId)).catch(() => {}),
  },
  output: z.object({ id, total: count }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const job = await tx.memberImport.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.importId } },
    });
    if (!job) throw notFound("The import");
    const report = job.report as { errors: number };
    if (report.errors > 0)
      throw new OperationError(
        "conflict",
        `The dry run found ${report.errors} problem(s): fix the file and check it again.`,
      );
    // A failed run is applied again from its checkpoint, and so is one whose
    // worker died (its instance is gone, or its lease ran out); nothing else may restart.
    if (job.status === "applying") {
      const [orphaned] = await tx.$queryRaw<{ free: boolean }[]>`
        SELECT ${leaseFree()} AS free FROM "MemberImport" WHERE "tenantId" = ${input.tenantId}::uuid AND id = ${job.id}::uuid`;
      if (!orphaned?.free) throw new OperationError("conflict", "This import is already applying.");
    } else if (job.status !== "validated" && job.status !== "failed")
      throw new OperationError("conflict", `This import is already ${job.status}.`);
    await tx.memberImport.update({
      where: { tenantId_id: { tenantId: input.tenantId, id: job.id } },
      data: { status: "applying", error: null },
    });
    return {
      result: { id: job.id, total: job.total },
      audit: {
        target: { type: "member_import", id: job.id },
        changes: { after: { rows: job.total, sha256: job.sha256 } },
      },
    };
  },
});
