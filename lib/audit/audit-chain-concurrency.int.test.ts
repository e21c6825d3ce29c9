import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyAuditChain } from "./verify-audit-chain";

function worker(tenantId: string, count: number, label: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "lib/testing/append-events-worker.ts", tenantId, String(count), label],
      {
        env: process.env,
        stdio: "inherit",
      },
    );
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

describe("two processes appending to one chain", () => {
  it("never fork it", async () => {
    const tenantId = randomUUID();
    const codes = await Promise.all([worker(tenantId, 150, "a"), worker(tenantId, 150, "b")]);
    expect(codes).toEqual([0, 0]);
    const verdict = await verifyAuditChain(db, tenantId);
    expect(verdict).toMatchObject({ ok: true, events: 300, headSeq: 300n });
    // Both writers really interleaved: each one's events are not one solid block.
    const order = await db.auditEvent.findMany({
      where: { tenantId },
      orderBy: { seq: "asc" },
      select: { actorLabel: true },
    });
    const switches = order.slice(1).filter((e, i) => e.actorLabel !== order[i]!.actorLabel).length;
    expect(switches).toBeGreaterThan(1);
  });
});
