import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { getSigningKey } from "@/lib/signing/get-signing-key";
import { etagOf, signDocument } from "@/lib/signing/sign-document";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { buildEffectiveSettings } from "./build-effective-settings";

export const getEffectiveSettingsSchema = tenantInput.extend({ memberId: z.uuid({ message: "expected a member id" }) });

/**
 * For the messaging service: a member's effective settings, signed with Ed25519.
 * A suspended network or member is refused with its reason, so the service
 * never acts on settings that no longer apply.
 */
export const getEffectiveSettings = defineOperation({
  name: "service.settings_read",
  kind: "read",
  permission: "service.policies.read",
  schema: getEffectiveSettingsSchema,
  example: (ids) => ({ tenantId: ids.tenantId, memberId: ids.memberId }),
  api: { none: NO_DOOR.SERVICE },
  ui: { none: NO_DOOR.SERVICE },
  tenantOf: byTenant,
  async run({ input, db }) {
    const document = await buildEffectiveSettings(db, input.tenantId, input.memberId);
    if (!document) throw notFound("The member");
    if (document.tenant.status === "suspended")
      throw new OperationError("forbidden", "The member's network is suspended.");
    if (document.member.status === "suspended") throw new OperationError("forbidden", "The member is suspended.");
    return { etag: etagOf(document), signed: signDocument(document, await getSigningKey()) };
  },
});
