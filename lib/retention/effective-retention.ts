// The one precedence function for retention. Given the network default, the
// group, a member exception, the holds covering the member and the compliance
// minimum, it decides what is kept and for how long, and says which rule
// produced each value: hold, then compliance minimum, then the most
// restrictive message lifetime.

export type Level = "tenant" | "group" | "member";

export interface LifetimeCaps {
  /** Longest a message lives, in minutes. */
  expirationMaxMinutes: number;
  /** Longest a message lives after it is read, in minutes; 0 means burn-on-read is off. */
  burnOnReadMaxMinutes: number;
}

export interface RetentionInputs {
  tenant: LifetimeCaps;
  group: LifetimeCaps;
  exception: Partial<LifetimeCaps> | null;
  holds: { id: string; name: string }[];
  /** The compliance archive keeps copies at least this long; null when it is off. */
  complianceRetentionDays: number | null;
}

export type Expiration =
  { kind: "retain"; reason: "legal_hold"; holds: string[] } | { kind: "expire"; minutes: number; source: Level };
export type BurnOnRead =
  | { kind: "off" }
  | { kind: "suspended"; reason: "legal_hold" }
  | { kind: "burn"; minutes: number; source: Level | "expiration" };

export interface EffectiveRetention {
  expiration: Expiration;
  burnOnRead: BurnOnRead;
  /** How long the compliance archive keeps copies, and why. */
  archive:
    | { kind: "retain"; reason: "legal_hold" }
    | { kind: "days"; days: number; reason: "compliance_minimum" }
    | { kind: "none" };
}

export function effectiveRetention(input: RetentionInputs): EffectiveRetention {
  const caps: [Level, Partial<LifetimeCaps> | null][] = [
    ["tenant", input.tenant],
    ["group", input.group],
    ["member", input.exception],
  ];
  if (input.holds.length > 0) {
    // A hold beats everything: nothing expires, nothing burns, the archive keeps all.
    return {
      expiration: { kind: "retain", reason: "legal_hold", holds: input.holds.map((h) => h.name) },
      burnOnRead: { kind: "suspended", reason: "legal_hold" },
      archive: { kind: "retain", reason: "legal_hold" },
    };
  }

  // The most restrictive expiration; on a tie the broadest level is named.
  let expiration: { minutes: number; source: Level } = { minutes: input.tenant.expirationMaxMinutes, source: "tenant" };
  for (const [level, c] of caps) {
    if (c?.expirationMaxMinutes !== undefined && c.expirationMaxMinutes < expiration.minutes)
      expiration = { minutes: c.expirationMaxMinutes, source: level };
  }

  // The most restrictive burn-on-read: any level that turns it on, the shortest wins.
  let burn: BurnOnRead = { kind: "off" };
  for (const [level, c] of caps) {
    const m = c?.burnOnReadMaxMinutes;
    if (m && m > 0 && (burn.kind !== "burn" || m < burn.minutes)) burn = { kind: "burn", minutes: m, source: level };
  }
  // Burn-on-read never outlives expiration.
  if (burn.kind === "burn" && burn.minutes > expiration.minutes)
    burn = { kind: "burn", minutes: expiration.minutes, source: "expiration" };

  return {
    expiration: { kind: "expire", ...expiration },
    burnOnRead: burn,
    archive: input.complianceRetentionDays
      ? { kind: "days", days: input.complianceRetentionDays, reason: "compliance_minimum" }
      : { kind: "none" },
  };
}

/** How long anything about a member's messages is kept anywhere, in minutes (Infinity under a hold). */
export function keptMinutes(r: EffectiveRetention): number {
  if (r.expiration.kind === "retain") return Infinity;
  const archive = r.archive.kind === "days" ? r.archive.days * 1440 : 0;
  return Math.max(r.expiration.minutes, archive);
}

/** Minutes until a message is gone, by expiration and after reading; Infinity when never. */
export function messageLifetime(r: EffectiveRetention): { expiration: number; burn: number } {
  return {
    expiration: r.expiration.kind === "expire" ? r.expiration.minutes : Infinity,
    burn: r.burnOnRead.kind === "burn" ? r.burnOnRead.minutes : Infinity,
  };
}

/** Whether going from one effective retention to another makes messages go sooner, later, or neither. */
export function compareLifetime(before: EffectiveRetention, after: EffectiveRetention) {
  const b = messageLifetime(before);
  const a = messageLifetime(after);
  if (a.expiration < b.expiration || a.burn < b.burn) return "shortened" as const;
  if (a.expiration > b.expiration || a.burn > b.burn) return "lengthened" as const;
  return null;
}
