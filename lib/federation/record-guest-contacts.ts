import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { upsertGuestContact } from "./upsert-guest-contact";

const contactSchema = z.object({
  // The guest's id on the messaging service, and their home network (id or domain).
  guestId: z.string().trim().min(1, "expected the guest's id").max(200, "at most 200 characters"),
  network: z.string().trim().toLowerCase().min(1, "expected the guest's network").max(253, "at most 253 characters"),
  displayName: z.string().trim().max(200, "at most 200 characters").default(""),
  at: z.coerce.date({ message: "expected an ISO-8601 time" }).optional(),
});

export const recordGuestContactsSchema = tenantInput.extend({
  contacts: z
    .array(contactSchema, { message: "expected a list of contacts" })
    .min(1, "send at least one contact")
    .max(1000, "at most 1,000 contacts at a time"),
});

/**
 * For the messaging service: guests its members talked to. Each contact
 * creates the guest or moves their last contact forward (never back: events
 * may arrive out of order). Idempotent: sending a batch twice changes nothing
 * more. One audit event per batch, with the count.
 */
export const recordGuestContacts = defineOperation({
  name: "guest.contact",
  kind: "write",
  permission: "service.events.write",
  schema: recordGuestContactsSchema,
  example: (ids) => ({ tenantId: ids.tenantId, contacts: [{ guestId: "g-1", network: "x.example" }] }),
  api: { none: NO_DOOR.SERVICE },
  ui: { none: NO_DOOR.SERVICE },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const now = new Date();
    for (const c of input.contacts) {
      const at = c.at && c.at < now ? c.at : now;
      await upsertGuestContact(tx, input.tenantId, { ...c, at });
    }
    return {
      result: { recorded: input.contacts.length },
      audit: {
        target: { type: "tenant", id: input.tenantId },
        changes: { after: { guestContacts: input.contacts.length } },
      },
    };
  },
});
