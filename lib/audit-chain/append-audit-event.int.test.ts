import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appendAuditEvent } from "./append-audit-event";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";

async function chainOf(length: number) {
  const tenantId = randomUUID();
  for (let i = 0; i < length; i++) {
    await db.$transaction((tx) =>
      appendAuditEvent(tx, {
        tenantId,
        action: "tenant.update",
        outcome: "success",
        actor: { type: "system" },
        changes: { after: { step: i } },
      }),
    );
  }
  return tenantId;
}

describe("the audit chain", () => {
  it("verifies when untouched", async () => {
    const tenantId = await chainOf(5);
    const verdict = await verifyAuditChain(db, tenantId);
    expect(verdict).toMatchObject({ ok: true, events: 5, headSeq: 5n });
  });

  it("stays linear under concurrent appends", async () => {
    const tenantId = randomUUID();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction((tx) =>
          appendAuditEvent(tx, {
            tenantId,
            action: "role.grant",
            outcome: "success",
            actor: { type: "system" },
            changes: { after: { i } },
          }),
        ),
      ),
    );
    expect(await verifyAuditChain(db, tenantId)).toMatchObject({ ok: true, events: 20 });
  });

  it("reports the seq of a modified row", async () => {
    const tenantId = await chainOf(6);
    await db.$executeRaw`UPDATE "AuditEvent" SET action = 'tenant.suspend' WHERE "tenantId" = ${tenantId} AND seq = 4`;
    expect(await verifyAuditChain(db, tenantId)).toMatchObject({ ok: false, firstBadSeq: 4n });
  });

  it("reports the seq of a deleted row", async () => {
    const tenantId = await chainOf(6);
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "tenantId" = ${tenantId} AND seq = 3`;
    expect(await verifyAuditChain(db, tenantId)).toMatchObject({ ok: false, firstBadSeq: 3n });
  });

  it("reports a deleted last row against the chain head", async () => {
    const tenantId = await chainOf(4);
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "tenantId" = ${tenantId} AND seq = 4`;
    expect(await verifyAuditChain(db, tenantId)).toMatchObject({ ok: false, firstBadSeq: 4n });
  });

  it("reports reordered rows", async () => {
    const tenantId = await chainOf(5);
    // Swap the contents of seq 2 and 3 by swapping their seq numbers.
    await db.$executeRaw`UPDATE "AuditEvent" SET seq = -2 WHERE "tenantId" = ${tenantId} AND seq = 2`;
    await db.$executeRaw`UPDATE "AuditEvent" SET seq = 2 WHERE "tenantId" = ${tenantId} AND seq = 3`;
    await db.$executeRaw`UPDATE "AuditEvent" SET seq = 3 WHERE "tenantId" = ${tenantId} AND seq = -2`;
    expect(await verifyAuditChain(db, tenantId)).toMatchObject({ ok: false, firstBadSeq: 2n });
  });
});
