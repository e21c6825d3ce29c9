import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { effectiveRetention, keptMinutes, type LifetimeCaps, type RetentionInputs } from "./effective-retention";

const YEAR = 525_600;
const caps: fc.Arbitrary<LifetimeCaps> = fc.record({
  expirationMaxMinutes: fc.integer({ min: 1, max: YEAR }),
  burnOnReadMaxMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: YEAR })),
});
const inputs: fc.Arbitrary<RetentionInputs> = fc.record({
  tenant: caps,
  group: caps,
  exception: fc.option(
    fc.record(
      {
        expirationMaxMinutes: fc.integer({ min: 1, max: YEAR }),
        burnOnReadMaxMinutes: fc.integer({ min: 0, max: YEAR }),
      },
      { requiredKeys: [] },
    ),
    { nil: null },
  ),
  holds: fc.array(fc.record({ id: fc.uuid(), name: fc.string({ minLength: 1, maxLength: 20 }) }), { maxLength: 3 }),
  complianceRetentionDays: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: null }),
});

describe("effective retention: properties", () => {
  it("adding a hold never shortens what is kept", () => {
    fc.assert(
      fc.property(inputs, fc.record({ id: fc.uuid(), name: fc.constant("Matter") }), (i, hold) => {
        expect(keptMinutes(effectiveRetention({ ...i, holds: [...i.holds, hold] }))).toBeGreaterThanOrEqual(
          keptMinutes(effectiveRetention(i)),
        );
      }),
    );
  });

  it("removing an exception never lengthens expiration beyond the group's", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = effectiveRetention({ ...i, holds: [], exception: null });
        expect(r.expiration.kind).toBe("expire");
        if (r.expiration.kind === "expire")
          expect(r.expiration.minutes).toBeLessThanOrEqual(i.group.expirationMaxMinutes);
      }),
    );
  });

  it("without a hold, expiration is the most restrictive level, and names it", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = effectiveRetention({ ...i, holds: [] });
        const candidates = [
          i.tenant.expirationMaxMinutes,
          i.group.expirationMaxMinutes,
          i.exception?.expirationMaxMinutes ?? Infinity,
        ];
        expect(r.expiration).toMatchObject({ kind: "expire", minutes: Math.min(...candidates) });
        if (r.expiration.kind === "expire") {
          const byLevel = {
            tenant: i.tenant.expirationMaxMinutes,
            group: i.group.expirationMaxMinutes,
            member: i.exception?.expirationMaxMinutes,
          };
          expect(byLevel[r.expiration.source]).toBe(r.expiration.minutes);
        }
      }),
    );
  });

  it("burn-on-read never exceeds expiration", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = effectiveRetention(i);
        if (r.burnOnRead.kind === "burn" && r.expiration.kind === "expire")
          expect(r.burnOnRead.minutes).toBeLessThanOrEqual(r.expiration.minutes);
      }),
    );
  });

  it("a hold lifts expiration to retain, suspends burn-on-read and says why", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const holds = [...i.holds, { id: "h", name: "Matter 7" }];
        const r = effectiveRetention({ ...i, holds });
        expect(r.expiration).toEqual({ kind: "retain", reason: "legal_hold", holds: holds.map((h) => h.name) });
        expect(r.burnOnRead).toEqual({ kind: "suspended", reason: "legal_hold" });
      }),
    );
  });

  it("the compliance minimum keeps the archive at least that long, whatever expiration says", () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 3650 }), (i, days) => {
        const r = effectiveRetention({ ...i, holds: [], complianceRetentionDays: days });
        expect(keptMinutes(r)).toBeGreaterThanOrEqual(days * 1440);
      }),
    );
  });
});

describe("effective retention: examples", () => {
  it("a member exception tighter than the group wins and is named", () => {
    const r = effectiveRetention({
      tenant: { expirationMaxMinutes: 43_200, burnOnReadMaxMinutes: 0 },
      group: { expirationMaxMinutes: 10_080, burnOnReadMaxMinutes: 60 },
      exception: { expirationMaxMinutes: 1_440 },
      holds: [],
      complianceRetentionDays: 2_190,
    });
    expect(r).toEqual({
      expiration: { kind: "expire", minutes: 1_440, source: "member" },
      burnOnRead: { kind: "burn", minutes: 60, source: "group" },
      archive: { kind: "days", days: 2_190, reason: "compliance_minimum" },
    });
  });
});
