// The closed set of audit action names. Every operation's name is one of these,
// so a denied attempt at any operation can be recorded under its own name.
// Adding an operation means adding its name here; the compiler then finds every
// place that must handle it.
export const AUDIT_ACTIONS = [
  // sign-in and sessions
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "auth.lockout",
  "auth.rate_limited",
  "auth.mfa_recovery_used",
  "session.list",
  "session.revoke",
  "session.revoke_all",
  // the signed-in user's own account
  "account.update",
  "account.mfa_begin",
  "account.mfa_enable",
  // networks
  "tenant.create",
  "tenant.read",
  "tenant.update",
  "tenant.suspend",
  "tenant.reactivate",
  "tenant.security_update",
  "tenant.delete",
  "tenant.settings_update",
  "tenant.history",
  // security groups and members' placement in them
  "group.list",
  "group.read",
  "group.create",
  "group.update",
  "group.delete",
  "member.move",
  // the member directory
  "member.list",
  "member.read",
  "member.invite",
  "member.reinvite",
  "member.suspend",
  "member.reactivate",
  "member.reset_devices",
  "member.deactivate",
  "member.delete",
  "member.bulk",
  "member.create",
  "member.update",
  "member.import_preview",
  "member.import_apply",
  "member.import_done",
  // SCIM provisioning reads (writes use the member.* names)
  "scim.read",
  // members' SSO (how the messaging service signs members in)
  "member_sso.read",
  "member_sso.update",
  "member_sso.test",
  // the messaging service
  "service.settings_read",
  // console users
  "console_user.list",
  "console_user.invite",
  "console_user.accept_invite",
  "console_user.deactivate",
  "console_user.reset_mfa",
  "console_user.revoke_sessions",
  "role.grant",
  "role.revoke",
  // machine tokens
  "token.list",
  "token.create",
  "token.revoke",
  "token.denied",
  // SSO for console users, platform settings
  "sso.list",
  "sso.create",
  "sso.update",
  "sso.delete",
  "platform.settings_update",
  // retention
  "retention.read",
  "retention.lifetime_update",
  "retention.compliance_update",
  "retention.exception_set",
  "retention.restore",
  "retention.metadata_update",
  "retention.run_start",
  "retention.run_list",
  "retention.run_receipt",
  "service.policy_read",
  "service.policy_changes",
  // federation
  "federation.read",
  "federation.mode_update",
  "federation.partner_add",
  "federation.partner_request",
  "federation.partner_request_received",
  "federation.partner_accept",
  "federation.partner_reject",
  "federation.partner_suspend",
  "federation.partner_resume",
  "federation.partner_revoke",
  "federation.decide",
  "guest.contact",
  "service.events",
  "guest.block",
  "guest.unblock",
  // legal holds
  "hold.list",
  "hold.preview",
  "hold.create",
  "hold.release",
  // the audit log itself
  "audit.list",
  "audit.list_all",
  "audit.read_event",
  "audit.verify",
  "audit.verify_export",
  "audit.pull",
  "audit.export",
  "audit.export_list",
  "audit.export_read",
  "audit.export_download",
  "audit.schedule_list",
  "audit.schedule_create",
  "audit.schedule_delete",
  // written by the system
  "audit.digest",
  "audit.scheduled_export",
  // the deployment's signing keys
  "signing.create",
  "signing.rotate",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ["success", "denied", "failed"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Chain id for events that belong to no tenant (sign-in, platform operations). */
export const PLATFORM_CHAIN = "platform";
