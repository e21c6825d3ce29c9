import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMembers } from "@/lib/members/list-members";
import { createConsoleUser, createGroupRow, createTenant, ctxForUser } from "@/lib/testing/factories";
import { recordMemberActivity } from "./record-member-activity";

/** The counters of one network, as { "dim key": n }, without zeros. */
async function counters(tenantId: string) {
  const rows = await db.tenantCount.findMany({ where: { tenantId } });
  return Object.fromEntries(rows.filter((r) => r.n !== 0n).map((r) => [`${r.dim} ${r.key}`, Number(r.n)]));
}

/** The same figures counted from the tables themselves. */
async function counted(tenantId: string) {
  const rows = await db.$queryRaw<{ k: string; n: number }[]>`
    SELECT 'member.status ' || status AS k, count(*)::int AS n FROM "Member" WHERE "tenantId" = ${tenantId}::uuid GROUP BY 1
    UNION ALL SELECT 'member.group ' || "groupId", count(*)::int FROM "Member" WHERE "tenantId" = ${tenantId}::uuid GROUP BY 1
    UNION ALL SELECT 'member.joined ' || to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD'), count(*)::int
      FROM "Member" WHERE "tenantId" = ${tenantId}::uuid GROUP BY 1
    UNION ALL SELECT 'device.platform ' || platform, count(*)::int FROM "Device"
      WHERE "tenantId" = ${tenantId}::uuid AND status = 'active' GROUP BY 1
    UNION ALL SELECT 'device.version ' || "appVersion", count(*)::int FROM "Device"
      WHERE "tenantId" = ${tenantId}::uuid AND status = 'active' GROUP BY 1`;
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

describe("the dashboard's counters", () => {
  it("stay equal to the tables through inserts, bulk updates, moves, resets and deletes", async () => {
    const tenant = await createTenant();
    const [a, b] = [await createGroupRow(tenant.id, "A"), await createGroupRow(tenant.id, "B")];
    await db.member.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({
        tenantId: tenant.id,
        groupId: i % 3 ? a.id : b.id,
        email: `m${i}@counts.example`,
        displayName: `M${i}`,
        status: i % 4 ? ("active" as const) : ("pending" as const),
        createdAt: new Date(Date.UTC(2026, 10, 1 + (i % 5), 23, 30)),
      })),
    });
    const members = await db.member.findMany({ where: { tenantId: tenant.id }, orderBy: { email: "asc" } });
    await db.device.createMany({
      data: members.slice(0, 25).map((m, i) => ({
        tenantId: tenant.id,
        memberId: m.id,
        platform: i % 2 ? ("ios" as const) : ("android" as const),
        appVersion: i % 3 ? "6.50.1" : "6.49.0",
      })),
    });
    expect(await counters(tenant.id)).toEqual(await counted(tenant.id));

    await db.member.updateMany({ where: { tenantId: tenant.id, groupId: b.id }, data: { status: "suspended" } });
    await db.member.updateMany({ where: { tenantId: tenant.id, status: "pending" }, data: { groupId: b.id } });
    await db.device.updateMany({ where: { tenantId: tenant.id, platform: "ios" }, data: { status: "reset" } });
    await db.device.updateMany({
      where: { tenantId: tenant.id, appVersion: "6.49.0" },
      data: { appVersion: "6.51.0" },
    });
    // Deleting members cascades to their devices: both sets of counters follow.
    await db.member.deleteMany({ where: { tenantId: tenant.id, email: { startsWith: "m1" } } });
    expect(await counters(tenant.id)).toEqual(await counted(tenant.id));
    expect((await counters(tenant.id))["device.platform ios"]).toBeUndefined();
  });

  it("count each member once per day, week and month of activity, whatever the order of concurrent events", async () => {
    const tenant = await createTenant();
    const group = await createGroupRow(tenant.id, "A");
    const ids = await Promise.all(
      [0, 1, 2].map(
        async (i) =>
          (
            await db.member.create({
              data: { tenantId: tenant.id, groupId: group.id, email: `a${i}@act.example`, displayName: `A${i}` },
            })
          ).id,
      ),
    );
    const at = (day: number, hour: number) => new Date(Date.UTC(2026, 10, day, hour));
    // Mon 2 Nov and Tue 3 Nov 2026 share a week; Sun 1 Nov is in the week before. All in November.
    const events: [string, Date][] = [
      [ids[0]!, at(1, 10)],
      [ids[0]!, at(1, 12)],
      [ids[0]!, at(2, 9)],
      [ids[1]!, at(2, 8)],
      [ids[1]!, at(3, 8)],
      [ids[2]!, at(3, 23)],
    ];
    // Each member's own events in order; members in parallel, each event in its own transaction.
    await Promise.all(
      ids.map(async (id) => {
        for (const [m, when] of events)
          if (m === id) await db.$transaction((tx) => recordMemberActivity(tx, tenant.id, m, when));
      }),
    );
    // An event older than the member's last-seen changes nothing.
    await db.$transaction((tx) => recordMemberActivity(tx, tenant.id, ids[0]!, at(1, 11)));
    const rows = await db.activityCount.findMany({ where: { tenantId: tenant.id } });
    const of = (period: string) =>
      Object.fromEntries(
        rows
          .filter((r) => r.period === period && r.dim === "")
          .map((r) => [r.start.toISOString().slice(0, 10), r.members]),
      );
    expect(of("day")).toEqual({ "2026-11-01": 1, "2026-11-02": 2, "2026-11-03": 2 });
    expect(of("week")).toEqual({ "2026-10-26": 1, "2026-11-02": 3 });
    expect(of("month")).toEqual({ "2026-11-01": 3 });
    const last = await db.member.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: ids[0]! } } });
    expect(last.lastSeenAt).toEqual(at(2, 9));
  });

  it("split active members by platform, version and group, each equal to the directory's filter for it", async () => {
    const tenant = await createTenant();
    const [a, b] = [await createGroupRow(tenant.id, "A"), await createGroupRow(tenant.id, "B")];
    const ids = await Promise.all(
      [a, a, b].map(
        async (g, i) =>
          (
            await db.member.create({
              data: { tenantId: tenant.id, groupId: g.id, email: `s${i}@split.example`, displayName: `S${i}` },
            })
          ).id,
      ),
    );
    const at = (day: number, hour: number) => new Date(Date.UTC(2026, 10, day, hour));
    // Registered (and last seen) before the month, so November's counts are the sign-ins below.
    const october = new Date(Date.UTC(2026, 9, 15));
    const device = async (member: string, platform: "ios" | "android", appVersion: string) =>
      (
        await db.device.create({
          data: {
            tenantId: tenant.id,
            memberId: member,
            platform,
            appVersion,
            registeredAt: october,
            lastSeenAt: october,
          },
        })
      ).id;
    // Member 0 on an iPhone and an Android phone, member 1 on an iPhone, member 2 on an Android phone.
    const [ios0, android0, ios1] = [
      await device(ids[0]!, "ios", "6.1"),
      await device(ids[0]!, "android", "6.2"),
      await device(ids[1]!, "ios", "6.1"),
    ];
    const signIns: [string, string | { platform: "android"; appVersion: string }, Date][] = [
      [ids[0]!, ios0, at(2, 9)],
      [ids[0]!, android0, at(3, 10)],
      [ids[0]!, ios0, at(3, 11)],
      [ids[1]!, ios1, at(2, 8)],
      [ids[1]!, ios1, at(3, 8)],
      // A device the service reports as added: counted before its row exists.
      [ids[2]!, { platform: "android", appVersion: "6.2" }, at(3, 20)],
    ];
    for (const [m, on, when] of signIns)
      await db.$transaction((tx) =>
        recordMemberActivity(tx, tenant.id, m, when, typeof on === "string" ? { id: on } : on),
      );
    await db.device.create({
      data: {
        tenantId: tenant.id,
        memberId: ids[2]!,
        platform: "android",
        appVersion: "6.2",
        registeredAt: at(3, 20),
        lastSeenAt: at(3, 20),
      },
    });
    const ctx = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] })).id);
    const rows = await db.activityCount.findMany({ where: { tenantId: tenant.id, dim: { not: "" } } });
    const checked: string[] = [];
    for (const [period, start] of [
      ["day", "2026-11-03"],
      ["week", "2026-11-02"],
      ["month", "2026-11-01"],
    ] as const)
      for (const [dim, key, filter] of [
        ["platform", "ios", { devicePlatform: "ios" as const, deviceSeenAfter: start }],
        ["platform", "android", { devicePlatform: "android" as const, deviceSeenAfter: start }],
        ["version", "6.1", { deviceVersion: "6.1", deviceSeenAfter: start }],
        ["version", "6.2", { deviceVersion: "6.2", deviceSeenAfter: start }],
        ["group", a.id, { groupId: a.id, seenAfter: start }],
        ["group", b.id, { groupId: b.id, seenAfter: start }],
      ] as const) {
        const counter =
          rows.find(
            (r) =>
              r.period === period && r.start.toISOString().slice(0, 10) === start && r.dim === dim && r.key === key,
          )?.members ?? 0;
        const listed = (await listMembers(ctx, { tenantId: tenant.id, ...filter })).total;
        expect(counter, `${period} ${dim} ${key}`).toBe(listed);
        checked.push(`${period} ${dim} ${key} ${counter}`);
      }
    // On 3 Nov: both iPhone users, both Android users (member 0 counted under both platforms), group A twice.
    expect(checked).toContain("day platform ios 2");
    expect(checked).toContain("day platform android 2");
    expect(checked).toContain("day group " + a.id + " 2");
    expect(checked).toContain("month group " + b.id + " 1");
  });
});
