import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decideGuest,
  type Decision,
  type GroupFederation,
  type PartnerEntry,
  type Side,
  decideFederation,
  sidePermits,
} from "./decide-federation";

const side = (key: string, over: Partial<Side> = {}): Side => ({
  tenantId: `id-${key}`,
  key,
  suspended: false,
  mode: "restricted",
  group: null,
  entry: { relation: "allow", status: "active" },
  ...over,
});
const A = (over: Partial<Side> = {}) => side("a", over);
const B = (over: Partial<Side> = {}) => side("b", over);
const allow = (status: PartnerEntry["status"]): PartnerEntry => ({ relation: "allow", status });
const deny: PartnerEntry = { relation: "deny", status: "active" };

describe("decideFederation, case by case", () => {
  const cases: [string, Side, Side, Decision][] = [
    ["an active link both ways", A(), B(), { allow: true, reason: "allowed" }],
    ["the same network, even with federation off", A({ mode: "off" }), A(), { allow: true, reason: "same_network" }],
    ["source off", A({ mode: "off" }), B(), { allow: false, reason: "federation_off", side: "source" }],
    ["target off", A(), B({ mode: "off" }), { allow: false, reason: "federation_off", side: "target" }],
    ["source suspended", A({ suspended: true }), B(), { allow: false, reason: "network_suspended", side: "source" }],
    ["target suspended", A(), B({ suspended: true }), { allow: false, reason: "network_suspended", side: "target" }],
    ["restricted, no record", A({ entry: null }), B(), { allow: false, reason: "not_on_allow_list", side: "source" }],
    [
      "restricted, other has no record",
      A(),
      B({ entry: null }),
      { allow: false, reason: "not_on_allow_list", side: "target" },
    ],
    [
      "request not yet accepted",
      A({ entry: allow("pending") }),
      B({ entry: allow("pending") }),
      { allow: false, reason: "link_pending", side: "source" },
    ],
    [
      "request rejected",
      A({ entry: allow("rejected") }),
      B({ entry: allow("rejected") }),
      { allow: false, reason: "link_rejected", side: "source" },
    ],
    [
      "target suspended the link",
      A(),
      B({ entry: allow("suspended") }),
      { allow: false, reason: "link_suspended", side: "target" },
    ],
    [
      "source revoked the link",
      A({ entry: allow("revoked") }),
      B(),
      { allow: false, reason: "link_revoked", side: "source" },
    ],
    [
      "open both ways, no records",
      A({ mode: "open", entry: null }),
      B({ mode: "open", entry: null }),
      { allow: true, reason: "allowed" },
    ],
    [
      "open, but on the target's deny-list",
      A({ mode: "open", entry: null }),
      B({ mode: "open", entry: deny }),
      { allow: false, reason: "on_deny_list", side: "target" },
    ],
    [
      "open, a suspended link still refuses",
      A({ mode: "open", entry: allow("suspended") }),
      B({ mode: "open", entry: null }),
      { allow: false, reason: "link_suspended", side: "source" },
    ],
    [
      "open meets restricted without a link",
      A({ mode: "open", entry: null }),
      B({ entry: null }),
      { allow: false, reason: "not_on_allow_list", side: "target" },
    ],
    ["open meets restricted with an active link", A({ mode: "open" }), B(), { allow: true, reason: "allowed" }],
    [
      "group federation off",
      A({ group: { scope: "none", partners: [] } }),
      B(),
      { allow: false, reason: "group_federation_off", side: "source" },
    ],
    [
      "group selects the partner",
      A({ group: { scope: "selected", partners: ["b"] } }),
      B(),
      { allow: true, reason: "allowed" },
    ],
    [
      "group selects another partner",
      A({ group: { scope: "selected", partners: ["c"] } }),
      B(),
      { allow: false, reason: "group_partner_not_selected", side: "source" },
    ],
    [
      "target's group off",
      A(),
      B({ group: { scope: "none", partners: [] } }),
      { allow: false, reason: "group_federation_off", side: "target" },
    ],
    [
      "group selects a partner the network does not allow",
      A({ entry: null, group: { scope: "selected", partners: ["b"] } }),
      B(),
      { allow: false, reason: "not_on_allow_list", side: "source" },
    ],
  ];
  it.each(cases)("%s", (_name, source, target, expected) => {
    expect(decideFederation(source, target)).toEqual(expected);
  });

  it("external networks: allowed by an active allow record (restricted) or by default (open)", () => {
    const ext = { external: true as const, key: "partner.example" };
    expect(decideFederation(A(), ext)).toEqual({ allow: true, reason: "allowed" });
    expect(decideFederation(A({ entry: null }), ext)).toMatchObject({ allow: false, reason: "not_on_allow_list" });
    expect(decideFederation(A({ mode: "open", entry: null }), ext)).toMatchObject({ allow: true });
    expect(decideFederation(A({ mode: "open", entry: deny }), ext)).toMatchObject({
      allow: false,
      reason: "on_deny_list",
    });
    expect(decideFederation(A({ entry: allow("suspended") }), ext)).toMatchObject({ reason: "link_suspended" });
  });
});

const arbEntry = fc.option(
  fc.record({
    relation: fc.constantFrom("allow" as const, "deny" as const),
    status: fc.constantFrom(
      "pending" as const,
      "active" as const,
      "rejected" as const,
      "suspended" as const,
      "revoked" as const,
    ),
  }),
  { nil: null },
);
const arbGroup = fc.option(
  fc.record({
    scope: fc.constantFrom("inherit" as const, "selected" as const, "none" as const),
    partners: fc.subarray(["a", "b", "c"]),
  }),
  { nil: null },
);
const arbSide = (key: string) =>
  fc.record({
    tenantId: fc.constant(`id-${key}`),
    key: fc.constant(key),
    suspended: fc.boolean(),
    mode: fc.constantFrom("off" as const, "restricted" as const, "open" as const),
    group: arbGroup,
    entry: arbEntry,
  });

describe("decideFederation, properties", () => {
  it("is never allowed unless both sides allow", () => {
    fc.assert(
      fc.property(arbSide("a"), arbSide("b"), (a, b) => {
        const d = decideFederation(a, b);
        expect(d.allow).toBe(sidePermits(a, "b") === null && sidePermits(b, "a") === null);
      }),
      { numRuns: 5000 },
    );
  });

  it("is symmetric: A may talk to B exactly when B may talk to A", () => {
    fc.assert(
      fc.property(arbSide("a"), arbSide("b"), (a, b) => {
        expect(decideFederation(a, b).allow).toBe(decideFederation(b, a).allow);
      }),
      { numRuns: 5000 },
    );
  });

  it("a group only narrows: replacing it by the network's own rules never turns an allow into a deny", () => {
    fc.assert(
      fc.property(arbSide("a"), arbSide("b"), (a, b) => {
        const inherit: GroupFederation = { scope: "inherit", partners: [] };
        if (decideFederation(a, b).allow) expect(decideFederation({ ...a, group: inherit }, b).allow).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("suspension, federation off and a deny record each refuse, whatever else holds", () => {
    fc.assert(
      fc.property(arbSide("a"), arbSide("b"), fc.constantFrom("suspend", "off", "deny", "revoke"), (a, b, change) => {
        const changed: Side =
          change === "suspend"
            ? { ...b, suspended: true }
            : change === "off"
              ? { ...b, mode: "off" }
              : change === "deny"
                ? { ...b, entry: deny }
                : { ...b, entry: allow("revoked") };
        expect(decideFederation(a, changed).allow).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("decideGuest", () => {
  const now = new Date("2026-11-28T12:00:00Z");
  const base = { tenantId: "a", key: "a", suspended: false, mode: "restricted" as const, guests: true };
  const recent = { blocked: false, lastContactAt: new Date("2026-11-20T12:00:00Z") };
  it.each([
    ["a recent guest, guests on", base, recent, { allow: true, reason: "allowed" }],
    [
      "guests off for the group",
      { ...base, guests: false },
      recent,
      { allow: false, reason: "group_guests_off", side: "source" },
    ],
    [
      "federation off",
      { ...base, mode: "off" as const },
      recent,
      { allow: false, reason: "federation_off", side: "source" },
    ],
    [
      "network suspended",
      { ...base, suspended: true },
      recent,
      { allow: false, reason: "network_suspended", side: "source" },
    ],
    ["never seen", base, null, { allow: false, reason: "guest_unknown", side: "target" }],
    ["blocked", base, { ...recent, blocked: true }, { allow: false, reason: "guest_blocked", side: "source" }],
    [
      "no contact for 91 days",
      base,
      { blocked: false, lastContactAt: new Date("2026-08-29T11:00:00Z") },
      { allow: false, reason: "guest_lapsed", side: "source" },
    ],
    [
      "no contact for 89 days",
      base,
      { blocked: false, lastContactAt: new Date("2026-08-31T12:00:00Z") },
      { allow: true, reason: "allowed" },
    ],
  ] as const)("%s", (_name, source, guest, expected) => {
    expect(decideGuest(source, guest, 90, now)).toEqual(expected);
  });
});

describe("decideFederation, every combination", () => {
  // The rules as the issue states them, one line each, checked against every
  // combination of mode, suspension, partner record and group on both sides.
  const expectedRefusal = (s: Side, other: string): string | null =>
    s.suspended
      ? "network_suspended"
      : s.mode === "off"
        ? "federation_off"
        : s.entry?.relation === "deny"
          ? "on_deny_list"
          : s.entry && ["suspended", "revoked"].includes(s.entry.status)
            ? `link_${s.entry.status}`
            : s.mode === "restricted" && !s.entry
              ? "not_on_allow_list"
              : s.mode === "restricted" && s.entry!.status !== "active"
                ? `link_${s.entry!.status}`
                : s.group?.scope === "none"
                  ? "group_federation_off"
                  : s.group?.scope === "selected" && !s.group.partners.includes(other)
                    ? "group_partner_not_selected"
                    : null;

  const entries: (PartnerEntry | null)[] = [
    null,
    ...(["pending", "active", "rejected", "suspended", "revoked"] as const).flatMap((status) => [
      { relation: "allow" as const, status },
      { relation: "deny" as const, status },
    ]),
  ];
  const groups = (other: string): (GroupFederation | null)[] => [
    null,
    { scope: "inherit", partners: [] },
    { scope: "selected", partners: [other] },
    { scope: "selected", partners: ["someone-else"] },
    { scope: "none", partners: [] },
  ];
  const sides = (key: string, other: string): Side[] =>
    (["off", "restricted", "open"] as const).flatMap((mode) =>
      [false, true].flatMap((suspended) =>
        entries.flatMap((entry) => groups(other).map((group) => side(key, { mode, suspended, entry, group }))),
      ),
    );

  it("answers each of the 108,900 pairs as the rules say, naming the side that refused", () => {
    const as = sides("a", "b");
    const bs = sides("b", "a");
    expect(as).toHaveLength(330);
    let allowed = 0;
    for (const a of as)
      for (const b of bs) {
        const mine = expectedRefusal(a, "b");
        const theirs = expectedRefusal(b, "a");
        const expected: Decision = mine
          ? { allow: false, reason: mine as Decision["reason"], side: "source" }
          : theirs
            ? { allow: false, reason: theirs as Decision["reason"], side: "target" }
            : { allow: true, reason: "allowed" };
        const got = decideFederation(a, b);
        if (got.allow !== expected.allow || got.reason !== expected.reason || got.side !== expected.side)
          expect({ a, b, got }).toEqual({ a, b, got: expected });
        if (got.allow) allowed++;
      }
    // Not vacuous: both answers occur.
    expect(allowed).toBeGreaterThan(0);
    expect(allowed).toBeLessThan(as.length * bs.length);
  });
});
