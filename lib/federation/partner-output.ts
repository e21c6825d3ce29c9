import { PartnerRelation, PartnerStatus } from "@/lib/generated/prisma/enums";
import { id, atOrNull, at } from "@/lib/operation/wire";
import { z } from "zod";

// A federation partner as the admin API answers it (the partners list and one partner).
export const partner = z.object({
  tenantId: id,
  id,
  relation: z.enum(PartnerRelation),
  status: z.enum(PartnerStatus),
  partnerTenantId: id.nullable(),
  externalKey: z.string().nullable(),
  displayName: z.string(),
  fingerprint: z.string().nullable(),
  region: z.string().nullable(),
  agreedBy: z.string().nullable(),
  agreedAt: atOrNull,
  agreementRef: z.string().nullable(),
  requestedByUs: z.boolean(),
  createdAt: at,
  updatedAt: at,
  kind: z.enum(["internal", "external"]),
  key: z.string(),
  theirStatus: z.enum(PartnerStatus).nullable(),
  otherSuspended: z.boolean(),
});
