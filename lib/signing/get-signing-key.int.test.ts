import { describe, expect, it } from "vitest";
import { PLATFORM_CHAIN } from "@/lib/audit/audit-actions";
import { db } from "@/lib/db";
import { getSigningKey } from "./get-signing-key";

describe("the first signing key", () => {
  it("is made once however many callers ask at once, and its making is audited", async () => {
    // No current key: as on a fresh deployment (retired keys stay, and still verify).
    await db.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
    const before = await db.auditEvent.count({ where: { tenantId: PLATFORM_CHAIN, action: "signing.create" } });

    const keys = await Promise.all([getSigningKey(), getSigningKey(), getSigningKey()]);
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
    const kid = keys[0]!.kid;
    expect(await db.signingKey.count({ where: { retiredAt: null } })).toBe(1);

    const events = await db.auditEvent.findMany({ where: { tenantId: PLATFORM_CHAIN, action: "signing.create" } });
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      outcome: "success",
      actorType: "system",
      targetType: "signing_key",
      targetId: kid,
      changes: { after: { kid } },
    });
    // The current key is then only read: no further key, no further event.
    expect((await getSigningKey()).kid).toBe(kid);
    expect(await db.auditEvent.count({ where: { tenantId: PLATFORM_CHAIN, action: "signing.create" } })).toBe(
      before + 1,
    );
  });
});
