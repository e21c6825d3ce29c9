import { callWithRaw } from "@/lib/operation/define-operation";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/rbac/actor";
import { createGroupRow, createMemberRow, createTenant } from "@/lib/testing/factories";
import { ingestServiceEvents } from "./ingest-service-events";

const service: Ctx = { actor: { type: "system", label: "messaging service" }, request: {} };

describe("the service event ingest", () => {
  it("keeps the good events of a batch, rejects each bad one with its reason, and takes each event id once", async () => {
    const tenant = await createTenant();
    const group = await createGroupRow(tenant.id);
    const member = await createMemberRow(tenant.id, group.id);
    await db.member.update({
      where: { tenantId_id: { tenantId: tenant.id, id: member.id } },
      data: { status: "pending" },
    });
    const deviceId = randomUUID();
    const batch = [
      { id: "e1", type: "member.registered", memberId: member.id },
      { id: "e2", type: "device.added", memberId: member.id, deviceId, platform: "ios", appVersion: "6.4.1" },
      { id: "e3", type: "member.signed_in", memberId: member.id, deviceId, at: "2026-11-27T10:00:00Z" },
      { id: "e4", type: "guest.contact", guestId: "g-77", network: "Allied.Example" },
      // Bad, each for its own reason:
      { id: "e5", type: "device.added", memberId: member.id, deviceId, platform: "symbian", appVersion: "1" },
      { id: "e6", type: "member.registered", memberId: randomUUID() },
      { id: "e7", type: "guest.contact", guestId: "g-78", network: "x.example", body: "hello there" },
      { id: "e8", type: "message.sent", memberId: member.id },
      "not an event",
    ];
    const first = await ingestServiceEvents(service, { tenantId: tenant.id, events: batch });
    expect(first).toMatchObject({ applied: 4, duplicates: 0 });
    expect(first.rejected.map((r) => [r.index, r.id, Object.keys(r.errors)])).toEqual([
      [4, "e5", ["platform"]],
      [5, "e6", ["memberId"]],
      [6, "e7", ["_"]],
      [7, "e8", ["type"]],
      [8, null, ["_"]],
    ]);
    // A field that could carry content is refused by name.
    expect(JSON.stringify(first.rejected[2]!.errors)).toContain("body");

    const m = await db.member.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: member.id } } });
    expect(m.status).toBe("active");
    expect(m.lastSeenAt).not.toBeNull();
    expect(await db.device.count({ where: { tenantId: tenant.id, memberId: member.id } })).toBe(1);
    expect(await db.guest.findFirst({ where: { tenantId: tenant.id, externalId: "g-77" } })).toMatchObject({
      network: "allied.example",
    });

    // The same batch again: nothing applied twice; the rejected ones are still rejected.
    const again = await ingestServiceEvents(service, { tenantId: tenant.id, events: batch });
    expect(again).toMatchObject({ applied: 0, duplicates: 4 });
    expect(again.rejected).toHaveLength(5);

    await ingestServiceEvents(service, {
      tenantId: tenant.id,
      events: [{ id: "e9", type: "device.removed", memberId: member.id, deviceId }],
    });
    expect(await db.device.count({ where: { tenantId: tenant.id, memberId: member.id } })).toBe(0);
  });

  it("refuses a batch that is not a list, or too long, naming the field", async () => {
    const tenant = await createTenant();
    await expect(callWithRaw(ingestServiceEvents, service, { tenantId: tenant.id, events: {} })).rejects.toMatchObject({
      fieldErrors: { events: ["expected a list of events"] },
    });
    await expect(
      ingestServiceEvents(service, { tenantId: tenant.id, events: Array.from({ length: 1001 }, () => ({})) }),
    ).rejects.toMatchObject({ fieldErrors: { events: ["at most 1,000 events at a time"] } });
  });
});
