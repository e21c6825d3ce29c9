import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Marks the networks' federation state as changed, in the caller's
 * transaction: every cached decision input for them is reloaded on the next
 * decision, so a change shows in the very next answer.
 */
export async function bumpFederationVersion(tx: Pick<Prisma.TransactionClient, "tenant">, ...tenantIds: string[]) {
  await tx.tenant.updateMany({ where: { id: { in: tenantIds } }, data: { federationVersion: { increment: 1 } } });
}
