// The closed set of audit action names. Adding an operation means adding its
// name here; the compiler then finds every place that must handle it.
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "auth.lockout",
  "tenant.create",
  "tenant.update",
  "tenant.suspend",
  "tenant.reactivate",
  "console_user.invite",
  "console_user.deactivate",
  "role.grant",
  "role.revoke",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ["success", "denied", "failed"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Chain id for events that belong to no tenant (sign-in, platform operations). */
export const PLATFORM_CHAIN = "platform";
