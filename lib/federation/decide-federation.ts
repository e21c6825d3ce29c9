// The one federation decision. A conversation between two networks is allowed
// only when both sides allow it: neither is suspended, each side's mode and
// partner records permit the other, and each side's group (when known) narrows
// that further but never widens it. Every answer carries the reason that
// decided it, named from the side that refused.

export type FederationMode = "off" | "restricted" | "open";
export type PartnerStatus = "pending" | "active" | "rejected" | "suspended" | "revoked";

/** A side's own record of the other side, if it keeps one. */
export interface PartnerEntry {
  relation: "allow" | "deny";
  status: PartnerStatus;
}

/** A security group's federation narrowing: inherit the network's, only some partners, or none. */
export interface GroupFederation {
  scope: "inherit" | "selected" | "none";
  /** Partner keys (a tenant's slug, an external network's id or domain) when scope is "selected". */
  partners: string[];
}

export interface Side {
  tenantId: string;
  /** How the other side names this one in its lists: a tenant's slug. */
  key: string;
  suspended: boolean;
  mode: FederationMode;
  /** The group of the member asking, when a member is named; null decides for the network as a whole. */
  group: GroupFederation | null;
  /** This side's record of the other side. */
  entry: PartnerEntry | null;
}

export interface ExternalNetwork {
  external: true;
  key: string;
}

export type Reason =
  | "same_network"
  | "allowed"
  | "network_suspended"
  | "federation_off"
  | "on_deny_list"
  | "not_on_allow_list"
  | "link_pending"
  | "link_rejected"
  | "link_suspended"
  | "link_revoked"
  | "group_federation_off"
  | "group_partner_not_selected"
  | "group_guests_off"
  | "guest_unknown"
  | "guest_blocked"
  | "guest_lapsed";

export interface Decision {
  allow: boolean;
  reason: Reason;
  /** Which side decided a refusal: the asker's ("source") or the other ("target"). */
  side?: "source" | "target";
}

const LINK_REFUSAL: Partial<Record<PartnerStatus, Reason>> = {
  pending: "link_pending",
  rejected: "link_rejected",
  suspended: "link_suspended",
  revoked: "link_revoked",
};

/** Whether one side permits talking to `otherKey`; null when it does, else the reason it does not. */
export function sidePermits(side: Side, otherKey: string): Reason | null {
  if (side.suspended) return "network_suspended";
  if (side.mode === "off") return "federation_off";
  const e = side.entry;
  if (e?.relation === "deny") return "on_deny_list";
  // A link this side suspended or revoked refuses in every mode: that is what suspending is for.
  if (e && (e.status === "suspended" || e.status === "revoked")) return LINK_REFUSAL[e.status]!;
  if (side.mode === "restricted") {
    if (!e) return "not_on_allow_list";
    if (e.status !== "active") return LINK_REFUSAL[e.status]!;
  }
  // The group can only narrow what the network allows.
  if (side.group?.scope === "none") return "group_federation_off";
  if (side.group?.scope === "selected" && !side.group.partners.includes(otherKey)) return "group_partner_not_selected";
  return null;
}

export function decideFederation(source: Side, target: Side | ExternalNetwork): Decision {
  if (!("external" in target) && target.tenantId === source.tenantId) return { allow: true, reason: "same_network" };
  const mine = sidePermits(source, target.key);
  if (mine) return { allow: false, reason: mine, side: "source" };
  // An external network is not in this deployment: its side of the agreement was
  // made out of band, and is what this side's allow record stands for.
  if ("external" in target) return { allow: true, reason: "allowed" };
  const theirs = sidePermits(target, source.key);
  if (theirs) return { allow: false, reason: theirs, side: "target" };
  return { allow: true, reason: "allowed" };
}

/** What the console knows of a guest: blocked or not, and when a member last talked to them. */
export interface GuestRecord {
  blocked: boolean;
  lastContactAt: Date;
}

/**
 * May a member of this group talk to this guest? Guests are switched on per
 * group, never when the network is suspended or has federation off, and lapse
 * after `lapseDays` without contact; a blocked guest is refused.
 */
export function decideGuest(
  source: Omit<Side, "entry" | "group"> & { guests: boolean },
  guest: GuestRecord | null,
  lapseDays: number,
  now = new Date(),
): Decision {
  if (source.suspended) return { allow: false, reason: "network_suspended", side: "source" };
  if (source.mode === "off") return { allow: false, reason: "federation_off", side: "source" };
  if (!source.guests) return { allow: false, reason: "group_guests_off", side: "source" };
  if (!guest) return { allow: false, reason: "guest_unknown", side: "target" };
  if (guest.blocked) return { allow: false, reason: "guest_blocked", side: "source" };
  if (guest.lastContactAt.getTime() < now.getTime() - lapseDays * 86_400_000)
    return { allow: false, reason: "guest_lapsed", side: "source" };
  return { allow: true, reason: "allowed" };
}
