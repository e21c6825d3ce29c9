import { mkdtemp, mkdir, readdir, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/rbac/actor";
import { createTenant } from "@/lib/testing/factories";
import { createExportSchedule } from "./create-export-schedule";
import { runDueSchedules } from "./run-due-schedules";

const system: Ctx = { actor: { type: "system", label: "test" }, request: {} };

describe("scheduled exports", () => {
  it("creates one export per elapsed period, back to back, once however many instances run", async () => {
    const tenant = await createTenant();
    const { scheduleId } = await createExportSchedule(system, {
      tenantId: tenant.id,
      name: "Hourly SIEM",
      format: "jsonl",
      cadence: "hourly",
      target: "siem",
      keepDays: 7,
      action: "member.*",
    });
    const boundary = new Date("2026-11-28T10:00:00.000Z");
    await db.auditExportSchedule.update({
      where: { tenantId_id: { tenantId: tenant.id, id: scheduleId } },
      data: { nextRunAt: boundary },
    });
    // Three periods have ended by 12:30; two sweeps race for them.
    const now = new Date("2026-11-28T12:30:00.000Z");
    const [a, b] = await Promise.all([runDueSchedules(now), runDueSchedules(now)]);
    const mine = [...a, ...b].filter((e) => e.tenantId === tenant.id);
    expect(mine).toHaveLength(3);
    const exports = await db.auditExport.findMany({ where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" } });
    expect(exports.map((e) => e.filter)).toEqual([
      { action: "member.*", from: "2026-11-28T09:00:00.000Z", to: "2026-11-28T10:00:00.000Z" },
      { action: "member.*", from: "2026-11-28T10:00:00.000Z", to: "2026-11-28T11:00:00.000Z" },
      { action: "member.*", from: "2026-11-28T11:00:00.000Z", to: "2026-11-28T12:00:00.000Z" },
    ]);
    const s = await db.auditExportSchedule.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: tenant.id, id: scheduleId } },
    });
    expect(s.nextRunAt.toISOString()).toBe("2026-11-28T13:00:00.000Z");
    const recorded = await db.auditEvent.count({ where: { tenantId: tenant.id, action: "audit.scheduled_export" } });
    expect(recorded).toBe(3);
  });

  it("refuses a target outside the targets folder and a duplicate name, naming the field", async () => {
    const tenant = await createTenant();
    const base = { tenantId: tenant.id, format: "csv" as const, cadence: "daily" as const, keepDays: 30 };
    await expect(createExportSchedule(system, { ...base, name: "x", target: "../etc" })).rejects.toMatchObject({
      fieldErrors: { target: [expect.stringContaining("directory name")] },
    });
    await createExportSchedule(system, { ...base, name: "Daily", target: "daily" });
    await expect(createExportSchedule(system, { ...base, name: "Daily", target: "other" })).rejects.toMatchObject({
      fieldErrors: { name: ["a schedule has this name"] },
    });
  });

  it("copies a finished export with its manifest into the target and prunes files past keepDays", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "custodian-targets-"));
    const exportsDir = await mkdtemp(path.join(tmpdir(), "custodian-exports-"));
    process.env.CUSTODIAN_EXPORT_TARGETS_DIR = root;
    process.env.CUSTODIAN_EXPORT_DIR = exportsDir;
    // Set before the configuration is first read (it is parsed once per process).
    const { deliverToTarget } = await import("./deliver-to-target");
    await writeFile(path.join(exportsDir, "audit-x-new.jsonl"), "{}\n");
    await writeFile(path.join(exportsDir, "audit-x-new.jsonl.manifest.json"), "{}");
    const target = path.join(root, "siem");
    await mkdir(target, { recursive: true });
    const old = path.join(target, "audit-x-old.jsonl");
    await writeFile(old, "{}\n");
    await writeFile(path.join(target, "keep-me.txt"), "not ours");
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    await utimes(old, longAgo, longAgo);
    await utimes(path.join(target, "keep-me.txt"), longAgo, longAgo);
    const { pruned } = await deliverToTarget("audit-x-new.jsonl", "siem", 30);
    expect(pruned).toBe(1);
    expect((await readdir(target)).sort()).toEqual([
      "audit-x-new.jsonl",
      "audit-x-new.jsonl.manifest.json",
      "keep-me.txt",
    ]);
  });
});
