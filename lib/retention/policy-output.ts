import { count } from "@/lib/operation/wire";
import { z } from "zod";

// The retention policy's fields as the admin API answers them (the policy and its versions).
export const policyFields = {
  expirationMaxMinutes: count,
  burnOnReadMaxMinutes: count,
  complianceRetentionDays: count.nullable(),
  compliancePreset: z.string().nullable(),
  deactivatedMemberDays: count.nullable(),
  staleDeviceDays: count.nullable(),
  auditRetentionDays: count.nullable(),
};
