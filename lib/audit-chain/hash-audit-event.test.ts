import { describe, expect, it } from "vitest";
import { GENESIS_HASH, type HashedAuditFields, hashAuditEvent } from "./hash-audit-event";

const base: HashedAuditFields = {
  tenantId: "t1",
  seq: 1n,
  at: new Date("2026-01-02T03:04:05.678Z"),
  actorType: "console_user",
  actorId: "u1",
  actorLabel: "a@example.com",
  action: "tenant.update",
  targetType: "tenant",
  targetId: "t1",
  outcome: "success",
  ip: "10.0.0.1",
  userAgent: "test",
  requestId: "r1",
  changes: { before: { plan: "standard" }, after: { plan: "enterprise" } },
  prevHash: GENESIS_HASH,
};

describe("hashAuditEvent", () => {
  it("is a stable SHA-256 hex digest", () => {
    expect(hashAuditEvent(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditEvent(base)).toBe(hashAuditEvent({ ...base }));
  });

  it("does not depend on key order inside changes (jsonb reorders keys)", () => {
    const reordered = { ...base, changes: { after: { plan: "enterprise" }, before: { plan: "standard" } } };
    expect(hashAuditEvent(reordered)).toBe(hashAuditEvent(base));
  });

  it.each(Object.keys(base) as (keyof HashedAuditFields)[])("changes when %s changes", (key) => {
    const altered: Record<string, unknown> = { ...base };
    const v = base[key];
    altered[key] =
      typeof v === "bigint"
        ? v + 1n
        : v instanceof Date
          ? new Date(v.getTime() + 1)
          : typeof v === "string"
            ? `${v}x`
            : { tampered: true };
    expect(hashAuditEvent(altered as unknown as HashedAuditFields)).not.toBe(hashAuditEvent(base));
  });
});
