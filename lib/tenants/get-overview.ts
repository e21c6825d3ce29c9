import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";

// Counts and recent activity for the overview, limited to the caller's networks.
export const getOverview = defineOperation({
  name: "tenant.read",
  kind: "read",
  permission: "signed_in",
  schema: z.object({}),
  async run({ ctx, db }) {
    const a = ctx.actor;
    const tenantIds =
      a.type === "console_user" && a.isPlatformOperator
        ? undefined
        : a.type === "console_user"
          ? [...a.grants.keys()]
          : [];
    const tenantWhere = { deletedAt: null, ...(tenantIds ? { id: { in: tenantIds } } : {}) };
    const since = new Date(Date.now() - 30 * 86_400_000);
    const auditWhere = { at: { gte: since }, ...(tenantIds ? { tenantId: { in: tenantIds } } : {}) };
    const [tenants, activeTenants, consoleUsers, auditEvents, recent] = await Promise.all([
      db.tenant.count({ where: tenantWhere }),
      db.tenant.count({ where: { ...tenantWhere, status: "active" } }),
      tenantIds
        ? db.consoleUser.count({ where: { roleGrants: { some: { tenantId: { in: tenantIds } } } } })
        : db.consoleUser.count(),
      db.auditEvent.count({ where: auditWhere }),
      db.auditEvent.findMany({
        where: tenantIds ? { tenantId: { in: tenantIds } } : {},
        orderBy: { at: "desc" },
        take: 8,
        select: { tenantId: true, seq: true, at: true, action: true, outcome: true, actorLabel: true },
      }),
    ]);
    return { tenants, activeTenants, consoleUsers, auditEvents, recent };
  },
});
