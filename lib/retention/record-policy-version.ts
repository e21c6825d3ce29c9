import type { Prisma } from "@/lib/generated/prisma/client";
import { actorLabel, type Ctx } from "@/lib/rbac/actor";

type Saved = {
  tenantId: string;
  version: number;
  expirationMaxMinutes: number;
  burnOnReadMaxMinutes: number;
  complianceRetentionDays: number | null;
  compliancePreset: string | null;
  deactivatedMemberDays: number | null;
  staleDeviceDays: number | null;
  auditRetentionDays: number | null;
};

/** Keeps the policy as just saved, with its author, as a version that can be shown and restored. */
export async function recordPolicyVersion(tx: Prisma.TransactionClient, saved: Saved, ctx: Ctx) {
  await tx.retentionPolicyVersion.create({
    data: {
      tenantId: saved.tenantId,
      version: saved.version,
      expirationMaxMinutes: saved.expirationMaxMinutes,
      burnOnReadMaxMinutes: saved.burnOnReadMaxMinutes,
      complianceRetentionDays: saved.complianceRetentionDays,
      compliancePreset: saved.compliancePreset,
      deactivatedMemberDays: saved.deactivatedMemberDays,
      staleDeviceDays: saved.staleDeviceDays,
      auditRetentionDays: saved.auditRetentionDays,
      authorId: ctx.actor.type === "system" ? null : ctx.actor.id,
      authorLabel: actorLabel(ctx.actor),
    },
  });
}
