/** The settings of the retention policy each version keeps: what a version's diff and a restore cover. */
export const FIELDS = [
  "expirationMaxMinutes",
  "burnOnReadMaxMinutes",
  "complianceRetentionDays",
  "compliancePreset",
  "deactivatedMemberDays",
  "staleDeviceDays",
  "auditRetentionDays",
] as const;
