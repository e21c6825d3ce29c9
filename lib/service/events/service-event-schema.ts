import { z } from "zod";
import { DevicePlatform } from "@/lib/generated/prisma/enums";

// Strict objects: an event with a field this list does not name is refused, so
// nothing else — least of all message content — can ride along.
const base = {
  id: z.string().trim().min(1, "expected the event's id").max(200, "at most 200 characters"),
  at: z.coerce.date({ message: "expected an ISO-8601 time" }).optional(),
};
const memberRef = z.uuid({ message: "expected a member id (UUID)" });
const deviceRef = z.uuid({ message: "expected a device id (UUID)" });

/** One event from the messaging service: who registered, which devices came and went, who signed in, guests met. */
export const serviceEventSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ ...base, type: z.literal("member.registered"), memberId: memberRef }),
    z.strictObject({
      ...base,
      type: z.literal("device.added"),
      memberId: memberRef,
      deviceId: deviceRef,
      platform: z.enum(DevicePlatform, { message: `expected one of ${Object.values(DevicePlatform).join(", ")}` }),
      appVersion: z.string().trim().min(1, "expected the app's version").max(40, "at most 40 characters"),
    }),
    z.strictObject({ ...base, type: z.literal("device.removed"), memberId: memberRef, deviceId: deviceRef }),
    z.strictObject({
      ...base,
      type: z.literal("member.signed_in"),
      memberId: memberRef,
      deviceId: deviceRef.optional(),
    }),
    z.strictObject({
      ...base,
      type: z.literal("guest.contact"),
      guestId: z.string().trim().min(1, "expected the guest's id").max(200, "at most 200 characters"),
      network: z
        .string()
        .trim()
        .toLowerCase()
        .min(1, "expected the guest's network")
        .max(253, "at most 253 characters"),
      displayName: z.string().trim().max(200, "at most 200 characters").default(""),
    }),
  ],
  { message: "expected type member.registered, device.added, device.removed, member.signed_in or guest.contact" },
);

export type ServiceEvent = z.infer<typeof serviceEventSchema>;
