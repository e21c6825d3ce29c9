import { AUDIT_ACTIONS } from "@/lib/audit-chain/audit-actions";
import { AUDIT_ACTION_GROUPS } from "./audit-filter";

// The kinds of targets events name (see each operation's audit record).
const TARGET_TYPES = [
  "api_token",
  "audit_chain",
  "audit_export",
  "audit_export_schedule",
  "console_user",
  "federation_partner",
  "group",
  "guest",
  "legal_hold",
  "member",
  "member_batch",
  "member_import",
  "member_sso",
  "platform",
  "retention_policy",
  "retention_run",
  "session",
  "signing_key",
  "sso_connection",
  "tenant",
  "token",
];

/** The action filter's choices, grouped, and the target types. */
export function explorerOptions() {
  return {
    actionGroups: AUDIT_ACTION_GROUPS.map((group) => ({
      group,
      actions: AUDIT_ACTIONS.filter((a) => a.startsWith(`${group}.`)),
    })),
    targetTypes: TARGET_TYPES,
  };
}
