import { id, count } from "@/lib/operation/wire";
import { z } from "zod";
import { enqueueRetentionRun } from "./retention-jobs";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { createRetentionRun } from "./create-retention-run";

/**
 * Starts a retention run now (compliance officers). The caller hands the run
 * to the workers after this commits (enqueueRetentionRun): a job for a run that
 * does not exist yet would find nothing.
 */
export const startRetentionRun = defineOperation({
  name: "retention.run_start",
  kind: "write",
  permission: "retention.write",
  schema: tenantInput,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: {
    method: "POST",
    path: "/tenants/{tenantId}/retention/runs",
    summary: "Start an enforcement run",
    after: (result, input) => enqueueRetentionRun(String(input.tenantId), (result as { runId: string }).runId),
  },
  output: z.object({ runId: id, total: count }),
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const run = await createRetentionRun(
      tx,
      input.tenantId,
      "manual",
      ctx.actor.type === "console_user" ? ctx.actor.id : null,
    );
    return {
      result: { runId: run.id, total: run.total },
      audit: {
        target: { type: "retention_run", id: run.id },
        changes: {
          after: {
            trigger: "manual",
            total: run.total,
            policyVersion: run.policyVersion,
            heldMembersSkipped: run.heldMembersSkipped,
          },
        },
      },
    };
  },
});
