import { AuditOutcome } from "@/lib/generated/prisma/enums";
import { seq, at, json } from "@/lib/operation/wire";
import { z } from "zod";

// An audit event as the admin API answers it (search, one event, the SIEM pull).
export const auditFields = {
  tenantId: z.string(),
  seq,
  at,
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  outcome: z.enum(AuditOutcome),
  ip: z.string().nullable(),
};

export const auditEvent = z.object({
  ...auditFields,
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  changes: json,
  prevHash: z.string(),
  hash: z.string(),
});
