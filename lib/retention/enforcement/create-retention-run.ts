import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { activeHoldWhere } from "@/lib/retention/holds-covering";
import { OperationError } from "@/lib/operation/operation-error";
import { countPurgeCandidates } from "./count-purge-candidates";
import { purgeCutoffs } from "./purge-cutoffs";

/**
 * Creates a queued retention run for a network: fixes its cutoffs from the
 * current policy, counts what it will delete (its progress denominator) and the
 * holds in force. One run at a time per network: while one is queued or
 * running, starting another is refused.
 */
export async function createRetentionRun(
  tx: Prisma.TransactionClient,
  tenantId: string,
  trigger: "manual" | "schedule",
  startedById: string | null,
) {
  // Serializes starts per network, so two clicks cannot create two runs.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"retention-run:" + tenantId}, 0))`;
  const open = await tx.retentionRun.findFirst({ where: { tenantId, status: { in: ["queued", "running"] } } });
  if (open) throw new OperationError("conflict", "A retention run is already in progress for this network.");
  const policy = await tx.retentionPolicy.findUnique({ where: { tenantId } });
  if (!policy || (!policy.deactivatedMemberDays && !policy.staleDeviceDays && !policy.auditRetentionDays))
    // The network's state, not the request, is at fault: a conflict.
    throw new OperationError(
      "conflict",
      "Nothing to enforce: set how long deactivated members, stale devices or audit events are kept first.",
    );
  const cutoffs = purgeCutoffs(policy);
  const [counts, holds] = await Promise.all([
    countPurgeCandidates(tx, tenantId, cutoffs),
    tx.legalHold.findMany({
      where: { tenantId, ...activeHoldWhere() },
      select: { id: true, name: true, matter: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return tx.retentionRun.create({
    data: {
      tenantId,
      trigger,
      policyVersion: policy.version,
      ...cutoffs,
      total: counts.members + counts.devices + counts.auditEvents,
      heldMembersSkipped: counts.heldMembers,
      heldDevicesSkipped: counts.heldDevices,
      holds,
      startedById,
    },
  });
}

/**
 * A run started by the system (the daily sweep, the command line), recorded in
 * the network's audit log with who started it, in one transaction.
 */
export async function startSystemRetentionRun(tenantId: string, trigger: "manual" | "schedule", label: string) {
  return db.$transaction(async (tx) => {
    const run = await createRetentionRun(tx, tenantId, trigger, null);
    await appendAuditEvent(tx, {
      tenantId,
      action: "retention.run_start",
      outcome: "success",
      actor: { type: "system", label },
      target: { type: "retention_run", id: run.id },
      changes: { after: { trigger: run.trigger, total: run.total, policyVersion: run.policyVersion } },
    });
    return run;
  });
}
