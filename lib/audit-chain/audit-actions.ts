import { OPERATION_ACTIONS } from "@/lib/generated/operation-actions";

// The closed set of audit action names: every operation's name (generated from
// the operations by scripts/generate-registry.ts, so a new operation adds its
// own), and the actions below, which no operation is named after. A denied
// attempt at any operation is recorded under the operation's name.
const RECORDED_BESIDE_OPERATIONS = [
  // sign-in, by the auth flow rather than an operation
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "auth.lockout",
  "auth.rate_limited",
  "auth.mfa_recovery_used",
  // a refused machine token, before any operation is chosen
  "token.denied",
  // parts of an operation's work recorded under their own name (AuditRecord.action)
  "member.import_done",
  "console_user.accept_invite",
  "member.joined",
  "retention.run_receipt",
  "federation.partner_request_received",
  "signing.create",
  // written by the system's jobs
  "audit.digest",
  "audit.scheduled_export",
  // the messaging-server connector making the server obey the console
  "messaging.account_created",
  "messaging.account_removed",
  "messaging.drift_found",
  "messaging.host_added",
  "messaging.host_removed",
  "messaging.member_blocked",
  "messaging.member_unblocked",
] as const;

/** Sorted, so the explorer groups them by domain (the part before the dot). */
export const AUDIT_ACTIONS = [...new Set([...OPERATION_ACTIONS, ...RECORDED_BESIDE_OPERATIONS])].sort() as readonly (
  (typeof OPERATION_ACTIONS)[number] | (typeof RECORDED_BESIDE_OPERATIONS)[number]
)[];

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ["success", "denied", "failed"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Chain id for events that belong to no tenant (sign-in, platform operations). */
export const PLATFORM_CHAIN = "platform";
