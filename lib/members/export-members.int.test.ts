import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConsoleUser, createGroupRow, createTenant, ctxForUser } from "@/lib/testing/factories";
import { listMembers } from "./list-members";
import { memberFilterShape } from "./member-list-schema";
import { membersCsvResponse } from "./members-csv-response";

/** A directory where every filter picks some members and leaves others out. */
async function directory() {
  const tenant = await createTenant();
  const alpha = await createGroupRow(tenant.id, "Alpha");
  const beta = await createGroupRow(tenant.id, "Beta");
  const statuses = ["active", "pending", "suspended", "deactivated"] as const;
  const made = await db.member.createManyAndReturn({
    data: Array.from({ length: 60 }, (_, i) => ({
      tenantId: tenant.id,
      groupId: i % 3 ? alpha.id : beta.id,
      email: `p${String(i).padStart(2, "0")}@export.example`,
      displayName: i % 7 ? `Person ${i}` : `Needle ${i}`,
      status: statuses[i % 4],
      lastSeenAt: i % 5 ? new Date(Date.UTC(2026, 5, 1 + (i % 25))) : null,
      createdAt: new Date(Date.UTC(2025, i % 12, 1)),
    })),
    select: { id: true },
  });
  await db.device.createMany({
    data: made
      .filter((_, i) => i % 2 === 0)
      .map((m, i) => ({
        tenantId: tenant.id,
        memberId: m.id,
        platform: i % 2 ? ("ios" as const) : ("android" as const),
        appVersion: i % 3 ? "6.45.0" : "6.44.1",
        lastSeenAt: new Date(Date.UTC(2026, 3, 1 + (i % 20))),
      })),
  });
  const hold = await db.legalHold.create({
    data: {
      tenantId: tenant.id,
      name: "Matter",
      matter: "M-1",
    },
  });
  await db.legalHoldMember.createMany({
    data: made.slice(0, 4).map((m) => ({ tenantId: tenant.id, holdId: hold.id, memberId: m.id })),
  });
  const ctx = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] })).id);
  return { tenant, ctx, beta, hold };
}

async function listed(ctx: Awaited<ReturnType<typeof directory>>["ctx"], input: Parameters<typeof listMembers>[1]) {
  const emails: string[] = [];
  let after: string | undefined;
  do {
    const page = await listMembers(ctx, { ...input, pageSize: 100, after });
    emails.push(...page.rows.map((r) => r.email));
    after = page.next ?? undefined;
  } while (after);
  return emails.sort();
}

async function exported(ctx: Awaited<ReturnType<typeof directory>>["ctx"], tenantId: string, query: string) {
  const res = await membersCsvResponse(ctx, tenantId, new URL(`http://console/x?${query}`));
  const [header, ...rows] = parse(await res.text()) as string[][];
  return rows.map((r) => r[header!.indexOf("email")]!).sort();
}

describe("the member export", () => {
  it("holds exactly the directory's rows, for every filter the directory takes", async () => {
    const { tenant, ctx, beta, hold } = await directory();
    const samples: Record<keyof typeof memberFilterShape, string> = {
      q: "needle",
      status: "suspended,pending",
      groupId: beta.id,
      hasDevice: "no",
      seenAfter: "2026-06-10",
      seenBefore: "2026-06-10",
      joinedAfter: "2025-06-01",
      joinedBefore: "2025-06-01",
      holdId: hold.id,
      devicePlatform: "ios",
      deviceVersion: "6.44.1",
      deviceSeenAfter: "2026-04-10",
    };
    // Complete by construction: a filter added to the schema without a sample here fails this line.
    expect(Object.keys(samples).sort()).toEqual(Object.keys(memberFilterShape).sort());
    const all = await listed(ctx, { tenantId: tenant.id });
    expect(all).toHaveLength(60);
    for (const [key, value] of Object.entries(samples)) {
      const input = { tenantId: tenant.id, [key]: value };
      const shown = await listed(ctx, input);
      const file = await exported(ctx, tenant.id, new URLSearchParams({ [key]: value }).toString());
      expect(shown.length, key).toBeGreaterThan(0);
      expect(shown.length, key).toBeLessThan(60);
      expect(file, key).toEqual(shown);
    }
    // Filters combine the same way in both.
    const combined = { status: "active", devicePlatform: "android", joinedAfter: "2025-03-01" } as const;
    expect(await exported(ctx, tenant.id, new URLSearchParams(combined).toString())).toEqual(
      await listed(ctx, { tenantId: tenant.id, ...combined }),
    );
  });

  it("answers a bad filter from the API with the field named, instead of exporting everything", async () => {
    const { tenant, ctx } = await directory();
    await expect(
      membersCsvResponse(ctx, tenant.id, new URL("http://console/x?holdId=not-a-uuid")),
    ).rejects.toMatchObject({ kind: "validation", fieldErrors: { holdId: ["expected a hold id"] } });
  });

  it("writes names that look like formulas as text a spreadsheet will not run", async () => {
    const { tenant, ctx, beta } = await directory();
    await db.member.create({
      data: {
        tenantId: tenant.id,
        groupId: beta.id,
        email: "formula@export.example",
        firstName: '=HYPERLINK("http://evil.example","x")',
        lastName: "+cmd|' /C calc'!A0",
        displayName: "@SUM(A1:A9)",
        externalId: "-2+3",
      },
    });
    const res = await membersCsvResponse(ctx, tenant.id, new URL("http://console/x?q=formula"));
    const [, row] = parse(await res.text()) as string[][];
    expect(row!.slice(0, 4)).toEqual([
      "formula@export.example",
      '\'=HYPERLINK("http://evil.example","x")',
      "'+cmd|' /C calc'!A0",
      "'@SUM(A1:A9)",
    ]);
    expect(row![6]).toBe("'-2+3");
  });
});
