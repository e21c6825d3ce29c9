import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { appendAuditEvents } from "@/lib/audit-chain/append-audit-event";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db";
import { eventually } from "@/lib/testing/eventually";
import { createLegalHold } from "@/lib/holds/create-legal-hold";
import { createConsoleUser, createGroupRow, createMemberRow, createTenant, ctxForUser } from "@/lib/testing/factories";
import { updateMetadataRetention } from "../update-metadata-retention";
import { hashBatches, hashIds } from "./hash-ids";
import { processRetentionRun } from "./process-retention-run";
import { interruptedRuns } from "./retention-jobs";
import { startRetentionRun } from "./start-retention-run";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

async function deactivated(tenantId: string, groupId: string, daysAgo: number) {
  const m = await createMemberRow(tenantId, groupId, "deactivated");
  return db.member.update({ where: { tenantId_id: { tenantId, id: m.id } }, data: { deactivatedAt: ago(daysAgo) } });
}

async function device(tenantId: string, memberId: string, lastSeenDaysAgo: number) {
  return db.device.create({
    data: { tenantId, memberId, platform: "ios", appVersion: "6.1", lastSeenAt: ago(lastSeenDaysAgo) },
  });
}

async function compliance(tenantId: string) {
  return ctxForUser((await createConsoleUser({ grants: [[tenantId, "compliance_officer"]] })).id);
}

describe("retention enforcement", () => {
  it("purges what outlived its retention, skips everything under a hold, and leaves a receipt and a checkpoint", async () => {
    const tenant = await createTenant();
    const staff = await createGroupRow(tenant.id, "Staff");
    const legal = await createGroupRow(tenant.id, "Legal");
    const ctx = await compliance(tenant.id);

    // The oldest audit events, a year and more ago; the 11th is about a member who will be held.
    const heldByName = await deactivated(tenant.id, staff.id, 100);
    const old = (i: number, targetId?: string) => ({
      action: "tenant.update" as const,
      outcome: "success" as const,
      actor: { type: "system" as const, label: "history" },
      at: ago(500 - i),
      ...(targetId ? { target: { type: "member", id: targetId } } : {}),
    });
    await db.$transaction((tx) =>
      appendAuditEvents(tx, tenant.id, [
        ...Array.from({ length: 10 }, (_, i) => old(i)),
        old(10, heldByName.id),
        ...Array.from({ length: 5 }, (_, i) => old(11 + i)),
      ]),
    );

    // Deactivated 40+ days ago, distinct days so the batch order is known.
    const due = [
      await deactivated(tenant.id, staff.id, 45),
      await deactivated(tenant.id, staff.id, 44),
      await deactivated(tenant.id, staff.id, 43),
    ];
    const heldByGroup = await deactivated(tenant.id, legal.id, 90);
    const recent = await deactivated(tenant.id, staff.id, 5);
    const active = await createMemberRow(tenant.id, staff.id);
    const staleDevice = await device(tenant.id, active.id, 200);
    const freshDevice = await device(tenant.id, active.id, 1);
    const dueMembersDevice = await device(tenant.id, due[0]!.id, 1);
    const heldDevice = await device(tenant.id, heldByName.id, 300);

    await createLegalHold(ctx, {
      tenantId: tenant.id,
      name: "Acme v. Example",
      matter: "2026-CV-0042",
      memberEmails: [heldByName.email],
      groupIds: [legal.id],
    });

    const settings = { tenantId: tenant.id, deactivatedMemberDays: 30, staleDeviceDays: 90, auditRetentionDays: 365 };
    // The preview counts what the next run would delete, and saving needs a confirmation.
    const refused = await updateMetadataRetention(ctx, settings).catch((e: unknown) => e);
    expect(refused).toMatchObject({ fieldErrors: { confirmPurge: [expect.any(String)] } });
    expect(JSON.parse((refused as { fieldErrors: { confirmPurge: string[] } }).fieldErrors.confirmPurge[0]!)).toEqual({
      members: 3,
      devices: 2,
      auditEvents: 10,
      heldMembers: 2,
      heldDevices: 1,
    });
    await updateMetadataRetention(ctx, { ...settings, confirmPurge: true });

    const { runId, total } = await startRetentionRun(ctx, { tenantId: tenant.id });
    expect(total).toBe(15);
    expect(await processRetentionRun(tenant.id, runId, { batchSize: 2, pauseMs: 0 })).toBe("completed");

    const left = new Set((await db.member.findMany({ where: { tenantId: tenant.id } })).map((m) => m.id));
    for (const m of due) expect(left.has(m.id)).toBe(false);
    for (const m of [heldByName, heldByGroup, recent, active]) expect(left.has(m.id)).toBe(true);
    const devices = new Set((await db.device.findMany({ where: { tenantId: tenant.id } })).map((d) => d.id));
    expect(devices.has(staleDevice.id)).toBe(false);
    expect(devices.has(dueMembersDevice.id)).toBe(false);
    expect(devices.has(freshDevice.id)).toBe(true);
    expect(devices.has(heldDevice.id)).toBe(true);

    // The chain lost its first ten events, stopped before the held member's, and still verifies.
    const firstLeft = await db.auditEvent.findFirst({ where: { tenantId: tenant.id }, orderBy: { seq: "asc" } });
    expect(firstLeft).toMatchObject({ seq: 11n, targetId: heldByName.id });
    expect(await db.auditCheckpoint.findUnique({ where: { tenantId: tenant.id } })).toMatchObject({ seq: 10n });
    expect(await verifyAuditChain(db, tenant.id)).toMatchObject({ ok: true, startSeq: 11n });

    // The receipt: counts, the ids' hashes batch by batch, the policy version and the hold honoured.
    const run = await db.retentionRun.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: runId } } });
    const receipt = await db.auditEvent.findFirstOrThrow({
      where: { tenantId: tenant.id, action: "retention.run_receipt", targetId: runId },
    });
    expect(receipt.seq).toBe(run.receiptSeq);
    const batches = [[due[0]!.id, due[1]!.id], [due[2]!.id]];
    expect(receipt.changes).toMatchObject({
      after: {
        status: "completed",
        policyVersion: 1,
        members: { count: 3, batches: 2, idsSha256: hashBatches(batches.map(hashIds)) },
        // The devices phase hashes in PostgreSQL; the same digest as hashIds() in Node.
        devices: {
          count: 2,
          idsSha256: hashBatches([hashIds([dueMembersDevice.id]), hashIds([staleDevice.id])]),
        },
        auditEvents: { count: 10, batches: 5 },
        heldMembersSkipped: 2,
        heldDevicesSkipped: 1,
        holdsHonoured: [{ name: "Acme v. Example", matter: "2026-CV-0042" }],
        auditCheckpoint: { seq: "10" },
      },
    });

    // A second run finds nothing more to delete, and says so in its own receipt.
    const again = await startRetentionRun(ctx, { tenantId: tenant.id });
    expect(again.total).toBe(0);
    await processRetentionRun(tenant.id, again.runId, { pauseMs: 0 });
    const second = await db.auditEvent.findFirstOrThrow({
      where: { tenantId: tenant.id, targetId: again.runId, action: "retention.run_receipt" },
    });
    expect(second.changes).toMatchObject({
      after: { members: { count: 0 }, devices: { count: 0 }, auditEvents: { count: 0 } },
    });
    expect(await verifyAuditChain(db, tenant.id)).toMatchObject({ ok: true });
  });

  it("refuses a second run while one is in progress, and a forged checkpoint fails verification", async () => {
    const tenant = await createTenant();
    const group = await createGroupRow(tenant.id);
    const ctx = await compliance(tenant.id);
    await expect(startRetentionRun(ctx, { tenantId: tenant.id })).rejects.toMatchObject({ kind: "conflict" });
    await db.$transaction((tx) =>
      appendAuditEvents(tx, tenant.id, [
        { action: "tenant.update", outcome: "success", actor: { type: "system" }, at: ago(10) },
        { action: "tenant.update", outcome: "success", actor: { type: "system" }, at: ago(9) },
      ]),
    );
    await updateMetadataRetention(ctx, {
      tenantId: tenant.id,
      deactivatedMemberDays: null,
      staleDeviceDays: null,
      auditRetentionDays: 1,
      confirmPurge: true,
    });
    await createMemberRow(tenant.id, group.id);
    const { runId } = await startRetentionRun(ctx, { tenantId: tenant.id });
    await expect(startRetentionRun(ctx, { tenantId: tenant.id })).rejects.toMatchObject({ kind: "conflict" });
    await processRetentionRun(tenant.id, runId, { pauseMs: 0 });
    expect(await verifyAuditChain(db, tenant.id)).toMatchObject({ ok: true });
    await db.auditCheckpoint.update({ where: { tenantId: tenant.id }, data: { hash: "0".repeat(64) } });
    expect(await verifyAuditChain(db, tenant.id)).toMatchObject({ ok: false });
  });

  it("resumes after the worker is killed mid-run: nothing deleted twice, one receipt", async () => {
    const tenant = await createTenant();
    const group = await createGroupRow(tenant.id);
    const ctx = await compliance(tenant.id);
    const members = await Promise.all(Array.from({ length: 20 }, () => createMemberRow(tenant.id, group.id)));
    await db.device.createMany({
      data: members.flatMap((m) =>
        Array.from({ length: 30 }, (_, i) => ({
          tenantId: tenant.id,
          memberId: m.id,
          platform: "android" as const,
          appVersion: "6.0",
          lastSeenAt: ago(100 + i),
        })),
      ),
    });
    await updateMetadataRetention(ctx, {
      tenantId: tenant.id,
      deactivatedMemberDays: null,
      staleDeviceDays: 30,
      auditRetentionDays: null,
      confirmPurge: true,
    });
    const { runId, total } = await startRetentionRun(ctx, { tenantId: tenant.id });
    expect(total).toBe(600);

    // Node itself runs the script (tsx as a loader, not a wrapper process), so the kill lands on the worker.
    const worker = () =>
      spawn(process.execPath, ["--import", "tsx", "scripts/enforce-retention.ts", tenant.id, "--run", runId], {
        env: {
          ...process.env,
          CUSTODIAN_RETENTION_BATCH_SIZE: "25",
          CUSTODIAN_RETENTION_PAUSE_MS: "100",
          // A long lease: the takeover below must not wait for it.
          CUSTODIAN_RETENTION_LEASE_SECONDS: "60",
        },
        stdio: "pipe",
      });
    const first = worker();
    const exited = new Promise((r) => first.on("exit", r));
    // Kill it once a few batches have committed, in the middle of the run.
    for (;;) {
      const r = await db.retentionRun.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: runId } } });
      if (r.batches >= 4) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    // While the worker lives, the run is its own: nothing requeues or takes it.
    expect((await interruptedRuns()).map((r) => r.id)).not.toContain(runId);
    expect(await processRetentionRun(tenant.id, runId, { pauseMs: 0 })).toBe("busy");
    first.kill("SIGKILL");
    await exited;
    const halfway = await db.retentionRun.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: tenant.id, id: runId } },
    });
    const remaining = await db.device.count({ where: { tenantId: tenant.id } });
    expect(halfway.status).toBe("running");
    expect(remaining).toBeGreaterThan(0);
    // What the run has counted is exactly what is gone: no batch half-committed.
    expect(halfway.devicesDeleted).toBe(600 - remaining);

    expect(halfway.leaseUntil!.getTime()).toBeGreaterThan(Date.now() + 30_000);

    // The restarted worker (this process) takes over at once, well within the dead one's
    // 60-second lease: its instance lock went with its connection. It finishes from the last batch.
    const t0 = performance.now();
    const ids = async () => (await interruptedRuns()).map((r) => r.id);
    expect(await eventually(ids, (found) => found.includes(runId))).toContain(runId);
    expect(await processRetentionRun(tenant.id, runId, { batchSize: 25, pauseMs: 0, leaseSeconds: 60 })).toBe(
      "completed",
    );
    console.log(`retention run resumed and finished ${Math.round(performance.now() - t0)} ms after the kill`);

    expect(await db.device.count({ where: { tenantId: tenant.id } })).toBe(0);
    const run = await db.retentionRun.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: runId } } });
    const batches = await db.retentionRunBatch.findMany({ where: { tenantId: tenant.id, runId } });
    expect(run).toMatchObject({ status: "completed", devicesDeleted: 600 });
    expect(run.attempts).toBe(2);
    expect(batches.reduce((n, b) => n + b.count, 0)).toBe(600);
    expect(batches.length).toBe(24);
    const receipts = await db.auditEvent.findMany({
      where: { tenantId: tenant.id, action: "retention.run_receipt", targetId: runId },
    });
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.changes).toMatchObject({ after: { devices: { count: 600, batches: 24 } } });
    expect(await verifyAuditChain(db, tenant.id)).toMatchObject({ ok: true });
  }, 60_000);
});
