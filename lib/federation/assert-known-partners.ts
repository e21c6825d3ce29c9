import type { Prisma } from "@/lib/generated/prisma/client";
import { OperationError } from "@/lib/operation/operation-error";

/**
 * A group may select only partners its network has: a network of this
 * deployment by slug, or an external network by its id or domain. Anything
 * else is refused by name, on the field the editor shows.
 */
export async function assertKnownPartners(
  tx: Pick<Prisma.TransactionClient, "federationPartner" | "tenant">,
  tenantId: string,
  keys: string[],
) {
  if (keys.length === 0) return;
  const partners = await tx.federationPartner.findMany({
    where: { tenantId, relation: "allow" },
    select: { externalKey: true, partnerTenantId: true },
  });
  const slugs = await tx.tenant.findMany({
    where: { id: { in: partners.flatMap((p) => (p.partnerTenantId ? [p.partnerTenantId] : [])) } },
    select: { slug: true },
  });
  const known = new Set([
    ...partners.flatMap((p) => (p.externalKey ? [p.externalKey] : [])),
    ...slugs.map((s) => s.slug),
  ]);
  const unknown = keys.filter((k) => !known.has(k.toLowerCase()));
  if (unknown.length)
    throw new OperationError("validation", "A selected partner is not a partner of this network.", {
      "settings.federation.partners": [`not partners of this network: ${unknown.slice(0, 5).join(", ")}`],
    });
}
