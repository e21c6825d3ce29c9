import type { AuditRow } from "./audit-search-page";

/** A row as the explorer's table shows it (strings only: it crosses to the browser). */
export function toRowView(r: AuditRow, networkName?: (tenantId: string) => string) {
  return {
    tenantId: r.tenantId,
    network: networkName?.(r.tenantId) ?? r.tenantId,
    seq: r.seq.toString(),
    at: r.at.toISOString(),
    actor: r.actorLabel ?? r.actorType,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    outcome: r.outcome,
    ip: r.ip,
  };
}
