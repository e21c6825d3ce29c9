const DAY_MS = 86_400_000;

export interface PurgeSettings {
  deactivatedMemberDays: number | null;
  staleDeviceDays: number | null;
  auditRetentionDays: number | null;
}

export interface PurgeCutoffs {
  membersBefore: Date | null;
  devicesBefore: Date | null;
  auditBefore: Date | null;
}

/** The instants before which each kind of record has outlived its retention; null where it is kept forever. */
export function purgeCutoffs(s: PurgeSettings, now = new Date()): PurgeCutoffs {
  const before = (days: number | null) => (days ? new Date(now.getTime() - days * DAY_MS) : null);
  return {
    membersBefore: before(s.deactivatedMemberDays),
    devicesBefore: before(s.staleDeviceDays),
    auditBefore: before(s.auditRetentionDays),
  };
}
