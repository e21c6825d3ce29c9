import { count, at, id } from "@/lib/operation/wire";
import { z } from "zod";
import { readGroupSettings } from "@/lib/settings/group-settings";
import { DevicePlatform, MemberStatus, PartnerStatus } from "@/lib/generated/prisma/enums";
import { activeHoldWhere } from "@/lib/retention/holds-covering";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { can } from "@/lib/rbac/actor";
import { DEFAULT_LIFETIME } from "@/lib/retention/retention-presets";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const periodSeries = z.array(z.object({ start: day, members: count }));

const nullableCount = count.nullable();

// Who was active in the current day, week or month, by platform, client version and group (null: a deleted group).
const activitySplit = z.object({
  start: day,
  platform: z.array(z.object({ platform: z.enum(DevicePlatform), members: count })),
  version: z.array(z.object({ version: z.string(), members: count })),
  group: z.array(z.object({ groupId: z.string(), name: z.string().nullable(), members: count })),
});

const dashboard = z.object({
  timeZone: z.literal("UTC"),
  generatedAt: at,
  members: z
    .object({
      total: count,
      byStatus: z.array(z.object({ status: z.enum(MemberStatus), members: count })),
      registrations: z.array(z.object({ day, members: count })),
      byGroup: z.array(z.object({ groupId: id, name: z.string(), lifetimeMinutes: count, members: count })),
    })
    .nullable(),
  activity: z
    .object({
      days: periodSeries,
      weeks: periodSeries,
      months: periodSeries,
      split: z.object({ day: activitySplit, week: activitySplit, month: activitySplit }),
    })
    .nullable(),
  devices: z
    .object({
      byPlatform: z.array(z.object({ platform: z.enum(DevicePlatform), devices: count })),
      byVersion: z.array(z.object({ version: z.string(), devices: count })),
    })
    .nullable(),
  federation: z.object({ byStatus: z.array(z.object({ status: z.enum(PartnerStatus), partners: count })) }).nullable(),
  holds: z.array(z.object({ holdId: id, name: z.string(), members: count })).nullable(),
  work: z.object({ openImports: nullableCount, openExports: nullableCount, runningRetention: nullableCount }),
  denied: z.object({ since: day, count, capped: z.boolean() }).nullable(),
});

const DAY = 86_400_000;
/** Where counting denied actions stops: past it the dashboard says "more than". */
const DENIED_CAP = 10_000;

/** UTC midnight `days` before today's. */
function utcDay(daysAgo: number, now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - daysAgo * DAY);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Consecutive periods ending with the current one, oldest first, with the counts found (zero where none). */
function series(starts: Date[], found: Map<string, number>) {
  return starts.map((s) => ({ start: isoDay(s), members: found.get(isoDay(s)) ?? 0 }));
}

/**
 * GET a network's dashboard: members by status and group, registrations, active
 * members by day, week and month, devices by platform and client version,
 * partners by status, who each group's lifetime and each hold covers, open
 * work and recent denied actions. Every figure comes from pre-aggregated
 * counters or small tables, so it costs the same at a million members; each
 * section is present only when the caller may read the list behind it.
 * Days, weeks (from Monday) and months are UTC.
 */
export const getDashboard = defineOperation({
  name: "tenant.read",
  kind: "read",
  permission: "tenants.read",
  schema: tenantInput,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/dashboard",
    summary: "The dashboard's figures (pre-aggregated; UTC periods)",
  },
  output: dashboard,
  tenantOf: byTenant,
  async run({ ctx, input, db }) {
    const tenantId = input.tenantId;
    const tenant = await db.tenant.findFirst({ where: { id: tenantId, deletedAt: null } });
    if (!tenant) throw notFound("The network");
    const may = (p: Parameters<typeof can>[1]) => can(ctx.actor, p, tenantId);
    const now = new Date();
    const counts = await db.tenantCount.findMany({ where: { tenantId, n: { not: 0 } } });
    const dim = (name: string) => counts.filter((c) => c.dim === name).map((c) => ({ key: c.key, n: Number(c.n) }));
    const byKey = (name: string) => new Map(dim(name).map((c) => [c.key, c.n]));

    // The network's groups, read once: their lifetimes and member counts, and the names of the activity split.
    const groups = may("members.read")
      ? await db.securityGroup.findMany({ where: { tenantId }, select: { id: true, name: true, settings: true } })
      : [];

    const members = may("members.read")
      ? await (async () => {
          const status = byKey("member.status");
          const joined = byKey("member.joined");
          const policy = await db.retentionPolicy.findUnique({ where: { tenantId } });
          const tenantCap = policy?.expirationMaxMinutes ?? DEFAULT_LIFETIME.expirationMaxMinutes;
          const perGroup = byKey("member.group");
          return {
            total: [...status.values()].reduce((a, b) => a + b, 0),
            byStatus: Object.values(MemberStatus).map((s) => ({ status: s, members: status.get(s) ?? 0 })),
            registrations: Array.from({ length: 30 }, (_, i) => utcDay(29 - i, now)).map((d) => ({
              day: isoDay(d),
              members: joined.get(isoDay(d)) ?? 0,
            })),
            // Each group's message lifetime (its own cap within the network's) and who it covers.
            byGroup: groups
              .map((g) => ({
                groupId: g.id,
                name: g.name,
                lifetimeMinutes: Math.min(
                  readGroupSettings(g.settings).messaging.expirationMaxMinutes as number,
                  tenantCap,
                ),
                members: perGroup.get(g.id) ?? 0,
              }))
              .sort((a, b) => b.members - a.members || a.name.localeCompare(b.name)),
          };
        })()
      : null;

    const activity = may("members.read")
      ? await (async () => {
          const day0 = utcDay(0, now);
          const monday = utcDay((day0.getUTCDay() + 6) % 7, now);
          const days = Array.from({ length: 30 }, (_, i) => utcDay(29 - i, now));
          const weeks = Array.from({ length: 12 }, (_, i) => new Date(monday.getTime() - (11 - i) * 7 * DAY));
          const months = Array.from(
            { length: 12 },
            (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (11 - i), 1)),
          );
          const current = { day: day0, week: monday, month: months.at(-1)! };
          // The totals over the charts' window; the splits only for the current day, week and month.
          const [rows, splits] = await Promise.all([
            db.activityCount.findMany({
              where: { tenantId, dim: "", start: { gte: months[0]! < weeks[0]! ? months[0]! : weeks[0]! } },
            }),
            db.activityCount.findMany({
              where: {
                tenantId,
                dim: { not: "" },
                members: { gt: 0 },
                OR: Object.entries(current).map(([period, start]) => ({ period, start })),
              },
            }),
          ]);
          const of = (period: string) =>
            new Map(rows.filter((r) => r.period === period).map((r) => [isoDay(r.start), r.members]));
          // The current day, week and month split by platform, client version and group, largest first.
          const groupNames = new Map(groups.map((g) => [g.id, g.name]));
          const split = (period: keyof typeof current) => {
            const start = current[period];
            const inPeriod = splits.filter((r) => r.period === period);
            const by = (d: string) =>
              inPeriod
                .filter((r) => r.dim === d)
                .map((r) => ({ key: r.key, members: r.members }))
                .sort((a, b) => b.members - a.members || a.key.localeCompare(b.key));
            return {
              start: isoDay(start),
              platform: by("platform").map((r) => ({ platform: r.key as DevicePlatform, members: r.members })),
              version: by("version").map((r) => ({ version: r.key, members: r.members })),
              group: by("group").map((r) => ({
                groupId: r.key,
                name: groupNames.get(r.key) ?? null,
                members: r.members,
              })),
            };
          };
          return {
            days: series(days, of("day")),
            weeks: series(weeks, of("week")),
            months: series(months, of("month")),
            split: { day: split("day"), week: split("week"), month: split("month") },
          };
        })()
      : null;

    const devices = may("members.read")
      ? {
          byPlatform: dim("device.platform").map((c) => ({ platform: c.key as DevicePlatform, devices: c.n })),
          byVersion: dim("device.version")
            .map((c) => ({ version: c.key, devices: c.n }))
            .sort((a, b) => b.devices - a.devices || b.version.localeCompare(a.version)),
        }
      : null;

    const federation = may("federation.read")
      ? await (async () => {
          const rows = await db.federationPartner.groupBy({
            by: ["status"],
            where: { tenantId },
            _count: { _all: true },
          });
          return {
            byStatus: Object.values(PartnerStatus).map((s) => ({
              status: s,
              partners: rows.find((r) => r.status === s)?._count._all ?? 0,
            })),
          };
        })()
      : null;

    // A hold covers its named members and its groups' members, each once: the
    // groups' counters, plus the named members outside those groups.
    const holds = may("legal_holds.read")
      ? await (async () => {
          const active = await db.legalHold.findMany({
            where: { tenantId, ...activeHoldWhere(now) },
            include: { groups: { select: { groupId: true } } },
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          });
          const perGroup = byKey("member.group");
          return Promise.all(
            active.map(async (h) => {
              const groupIds = h.groups.map((g) => g.groupId);
              const namedIds = await db.legalHoldMember.findMany({
                where: { tenantId, holdId: h.id },
                select: { memberId: true },
              });
              const named = await db.member.count({
                where: { tenantId, id: { in: namedIds.map((m) => m.memberId) }, groupId: { notIn: groupIds } },
              });
              return {
                holdId: h.id,
                name: h.name,
                members: named + groupIds.reduce((sum, g) => sum + (perGroup.get(g) ?? 0), 0),
              };
            }),
          );
        })()
      : null;

    const [openImports, openExports, runningRetention, denied] = await Promise.all([
      may("members.invite")
        ? db.memberImport.count({ where: { tenantId, status: { in: ["validated", "applying"] } } })
        : null,
      may("audit.export") ? db.auditExport.count({ where: { tenantId, status: { in: ["queued", "running"] } } }) : null,
      may("retention.read")
        ? db.retentionRun.count({ where: { tenantId, status: { in: ["queued", "running"] } } })
        : null,
      may("audit.read")
        ? db.$queryRaw<{ n: number }[]>`
            SELECT count(*)::int AS n FROM (
              SELECT 1 FROM "AuditEvent"
               WHERE "tenantId" = ${tenantId} AND outcome = 'denied' AND at >= ${utcDay(6, now)}
               LIMIT ${DENIED_CAP + 1}) capped`.then((r) => r[0]?.n ?? 0)
        : null,
    ]);

    return {
      timeZone: "UTC",
      generatedAt: now.toISOString(),
      members,
      activity,
      devices,
      federation,
      holds,
      work: { openImports, openExports, runningRetention },
      denied:
        denied === null
          ? null
          : { since: isoDay(utcDay(6, now)), count: Math.min(denied, DENIED_CAP), capped: denied > DENIED_CAP },
    };
  },
});
