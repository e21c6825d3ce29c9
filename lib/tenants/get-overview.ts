import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";

// Counts and recent activity for the overview, limited to the caller's networks.
export const getOverview = defineOperation({
  name: "tenant.read",
  kind: "read",
  permission: "signed_in",
  schema: z.object({}),
  example: () => ({}),
  api: { none: NO_DOOR.PLATFORM },
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
    // Each network at a glance, from the dashboard's counters (never a count of members).
    const today = new Date(new Date().toISOString().slice(0, 10));
    const [visible, counters, activity] = await Promise.all([
      db.tenant.findMany({ where: tenantWhere, select: { id: true, name: true, status: true }, take: 500 }),
      db.tenantCount.groupBy({
        by: ["tenantId", "dim", "key"],
        where: {
          dim: { in: ["member.status", "device.platform"] },
          ...(tenantIds ? { tenantId: { in: tenantIds } } : {}),
        },
        _sum: { n: true },
      }),
      db.activityCount.findMany({
        // All members (dim ""), not the splits by platform, version or group kept beside them.
        where: { period: "day", start: today, dim: "", ...(tenantIds ? { tenantId: { in: tenantIds } } : {}) },
      }),
    ]);
    const sum = (tenantId: string, dim: string, key?: string) =>
      counters
        .filter((c) => c.tenantId === tenantId && c.dim === dim && (key === undefined || c.key === key))
        .reduce((n, c) => n + Number(c._sum.n ?? 0), 0);
    const networks = visible
      .map((n) => ({
        ...n,
        members: sum(n.id, "member.status"),
        active: sum(n.id, "member.status", "active"),
        pending: sum(n.id, "member.status", "pending"),
        devices: sum(n.id, "device.platform"),
        activeToday: activity.find((a) => a.tenantId === n.id)?.members ?? 0,
      }))
      .sort((a, b) => b.members - a.members || a.name.localeCompare(b.name))
      .slice(0, 50);
    return {
      tenants,
      activeTenants,
      consoleUsers,
      auditEvents,
      recent,
      networks,
      today: today.toISOString().slice(0, 10),
    };
  },
});
