import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordMemberActivity } from "@/lib/dashboard/record-member-activity";
import { upsertGuestContact } from "@/lib/federation/upsert-guest-contact";
import { defineOperation, zodFieldErrors } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { type ServiceEvent, serviceEventSchema } from "./service-event-schema";

export const ingestServiceEventsSchema = tenantInput.extend({
  // Each event is checked on its own below, so one bad event does not sink the batch.
  events: z
    .array(z.unknown(), { message: "expected a list of events" })
    .min(1, "send at least one event")
    .max(1000, "at most 1,000 events at a time"),
});

type Outcome = "applied" | "duplicate" | { field: string; message: string };

/** Applies one valid event; a reason when it names something this network does not have. */
async function apply(tx: Prisma.TransactionClient, tenantId: string, e: ServiceEvent, now: Date): Promise<Outcome> {
  const at = e.at && e.at < now ? e.at : now;
  if (e.type === "guest.contact") {
    await upsertGuestContact(tx, tenantId, { ...e, at });
    return "applied";
  }
  const member = await tx.member.findUnique({ where: { tenantId_id: { tenantId, id: e.memberId } } });
  if (!member) return { field: "memberId", message: "no such member in this network" };
  switch (e.type) {
    case "member.registered":
      if (member.status === "pending")
        await tx.member.update({
          where: { tenantId_id: { tenantId, id: member.id } },
          data: { status: "active", inviteExpiresAt: null },
        });
      return "applied";
    case "device.added":
      // Counted before the device exists, so its own last-seen does not hide that the member is new on its platform.
      await recordMemberActivity(tx, tenantId, member.id, at, { platform: e.platform, appVersion: e.appVersion });
      await tx.device.upsert({
        where: { tenantId_id: { tenantId, id: e.deviceId } },
        create: {
          tenantId,
          id: e.deviceId,
          memberId: member.id,
          platform: e.platform,
          appVersion: e.appVersion,
          registeredAt: at,
          lastSeenAt: at,
        },
        update: { platform: e.platform, appVersion: e.appVersion },
      });
      return "applied";
    case "device.removed":
      await tx.device.deleteMany({ where: { tenantId, id: e.deviceId, memberId: member.id } });
      return "applied";
    case "member.signed_in":
      await recordMemberActivity(tx, tenantId, member.id, at, e.deviceId ? { id: e.deviceId } : null);
      return "applied";
  }
}

/**
 * For the messaging service: a batch of what happened on its side. Each event
 * is validated and applied on its own — the good ones are kept, a bad one is
 * answered with its index, id and the field at fault — and each is taken in
 * once: a repeat of an event id is acknowledged as a duplicate and not applied
 * again. The events carry ids, kinds and times, never content.
 */
export const ingestServiceEvents = defineOperation({
  name: "service.events",
  kind: "write",
  permission: "service.events.write",
  schema: ingestServiceEventsSchema,
  example: (ids) => ({
    tenantId: ids.tenantId,
    events: [{ id: "probe-1", type: "member.registered", memberId: ids.memberId }],
  }),
  api: { none: NO_DOOR.SERVICE },
  ui: { none: NO_DOOR.SERVICE },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const now = new Date();
    const rejected: { index: number; id: string | null; errors: Record<string, string[]> }[] = [];
    const counts = { applied: 0, duplicates: 0 };
    for (const [index, raw] of input.events.entries()) {
      const parsed = serviceEventSchema.safeParse(raw);
      const id = (raw as { id?: unknown } | null)?.id;
      const idOf = typeof id === "string" ? id : null;
      if (!parsed.success) {
        rejected.push({ index, id: idOf, errors: zodFieldErrors(parsed.error) });
        continue;
      }
      const e = parsed.data;
      const claimed = await tx.$executeRaw`INSERT INTO "ServiceEvent" ("tenantId", id, type)
        VALUES (${input.tenantId}::uuid, ${e.id}, ${e.type}) ON CONFLICT DO NOTHING`;
      if (claimed === 0) {
        counts.duplicates++;
        continue;
      }
      const outcome = await apply(tx, input.tenantId, e, now);
      if (outcome === "applied") counts.applied++;
      else if (outcome !== "duplicate") {
        // Not taken in: the id stays free for a corrected resend.
        await tx.serviceEvent.delete({ where: { tenantId_id: { tenantId: input.tenantId, id: e.id } } });
        rejected.push({ index, id: e.id, errors: { [outcome.field]: [outcome.message] } });
      }
    }
    return {
      result: { ...counts, rejected },
      audit: {
        target: { type: "tenant", id: input.tenantId },
        changes: { after: { ...counts, rejected: rejected.length } },
      },
    };
  },
});
