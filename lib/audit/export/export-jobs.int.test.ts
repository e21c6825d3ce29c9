import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { appendAuditEvents } from "@/lib/audit-chain/append-audit-event";
import { interruptedExports } from "@/lib/audit/audit-jobs";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/rbac/actor";
import { eventually } from "@/lib/testing/eventually";
import { createTenant } from "@/lib/testing/factories";
import { downloadAuditExport } from "./download-audit-export";
import { verifyStoredExport } from "./verify-stored-export";

// Each worker is an instance of its own (its own process, instance key and lock), writing into one shared directory.
let dir: string;

function worker(...args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/testing/job-worker.ts", ...args], {
    env: { ...process.env, CUSTODIAN_EXPORT_DIR: dir },
    stdio: "pipe",
  });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((r) => child.on("exit", r));
  spawned.push(child);
  return { child, exited, output: () => out };
}

// A failed assertion must not leave a worker behind.
const spawned: ChildProcess[] = [];
afterEach(() => {
  for (const c of spawned.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});

async function queuedExport() {
  const tenant = await createTenant();
  await db.$transaction(
    (tx) =>
      appendAuditEvents(
        tx,
        tenant.id,
        Array.from({ length: 2000 }, (_, i) => ({
          action: "tenant.update" as const,
          outcome: "success" as const,
          actor: { type: "system" as const, label: "history" },
          changes: { after: { i } },
        })),
      ),
    // 2,000 events in one append: seconds on a loaded CI machine, past Prisma's 5-second default.
    { timeout: 60_000 },
  );
  const exp = await db.auditExport.create({
    data: { tenantId: tenant.id, format: "jsonl", filter: {}, requestedByLabel: "test" },
  });
  return { tenantId: tenant.id, id: exp.id, ref: { where: { tenantId_id: { tenantId: tenant.id, id: exp.id } } } };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "custodian-export-jobs-"));
  // This process is one more instance on the same shared storage (read when the configuration is first parsed).
  process.env.CUSTODIAN_EXPORT_DIR = dir;
});

const system: Ctx = { actor: { type: "system", label: "test" }, request: {} };

describe("audit export jobs across instances", () => {
  it("two instances running one export at once: one writes it, one file, one manifest, one completed run", async () => {
    const { tenantId, id, ref } = await queuedExport();
    const a = worker("export", tenantId, id);
    const b = worker("export", tenantId, id);
    expect([await a.exited, await b.exited], a.output() + b.output()).toEqual([0, 0]);
    const results = [a.output(), b.output()].map((o) => /result (\w+)/.exec(o)?.[1]);
    expect(results.sort()).toEqual(["false", "true"]);
    const exp = await db.auditExport.findUniqueOrThrow(ref);
    expect(exp).toMatchObject({ status: "completed", attempts: 1, rowsWritten: 2000n, error: null });
    const files = (await readdir(dir)).filter((f) => f.includes(id.slice(-8)));
    expect(files.sort()).toEqual([exp.fileName, `${exp.fileName}.manifest.json`]);
    // Run again (a start-up requeue, a pg-boss retry): a completed export is left as it is.
    const again = worker("export", tenantId, id);
    expect(await again.exited).toBe(0);
    expect(again.output()).toContain("result false");
    expect((await interruptedExports()).map((e) => e.id)).not.toContain(id);
    expect(await db.auditExport.findUniqueOrThrow(ref)).toMatchObject({
      status: "completed",
      attempts: 1,
      manifest: exp.manifest,
    });
  });

  it("an export a live instance is writing is neither requeued nor run by another; once that instance dies it is, at once", async () => {
    const { tenantId, id, ref } = await queuedExport();
    const holder = worker("hold-export", tenantId, id);
    for (let i = 0; !holder.output().includes("holding"); i++) {
      if (i > 600) throw new Error(`the holder did not start: ${holder.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await interruptedExports()).map((e) => e.id)).not.toContain(id);
    const other = worker("export", tenantId, id);
    expect(await other.exited).toBe(0);
    expect(other.output()).toContain("result false");
    expect(await db.auditExport.findUniqueOrThrow(ref)).toMatchObject({ status: "running", attempts: 1 });

    holder.child.kill("SIGKILL");
    await holder.exited;
    const ids = async () => (await interruptedExports()).map((e) => e.id);
    expect(await eventually(ids, (found) => found.includes(id))).toContain(id);
    const resumed = worker("export", tenantId, id);
    expect(await resumed.exited).toBe(0);
    expect(resumed.output()).toContain("result true");
    expect(await db.auditExport.findUniqueOrThrow(ref)).toMatchObject({
      status: "completed",
      attempts: 2,
      rowsWritten: 2000n,
    });
  });

  it("an export one instance wrote downloads and verifies through another; once its file is gone, 410 naming it, and no download is recorded", async () => {
    const { tenantId, id, ref } = await queuedExport();
    const writer = worker("export", tenantId, id);
    expect(await writer.exited, writer.output()).toBe(0);
    const exp = await db.auditExport.findUniqueOrThrow(ref);
    const downloads = () => db.auditEvent.count({ where: { tenantId, action: "audit.export_download" } });

    const file = await downloadAuditExport(system, { tenantId, exportId: id, part: "file" });
    const bytes = await readFile(file.path);
    expect(file.size).toBe(bytes.length);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(exp.sha256);
    expect(await verifyStoredExport(system, { tenantId, exportId: id })).toMatchObject({ ok: true, rows: 2000 });
    expect(await downloads()).toBe(1);

    await rm(file.path);
    for (const part of ["file", "manifest"] as const) {
      if (part === "manifest") await rm(path.join(dir, `${exp.fileName}.manifest.json`));
      await expect(downloadAuditExport(system, { tenantId, exportId: id, part })).rejects.toMatchObject({
        kind: "gone",
        message: expect.stringContaining(`The export ${id} is recorded as completed`),
      });
    }
    await expect(verifyStoredExport(system, { tenantId, exportId: id })).rejects.toMatchObject({ kind: "gone" });
    expect(await downloads()).toBe(1);
  });
});
