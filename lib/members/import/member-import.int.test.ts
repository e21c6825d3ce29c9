import { type ChildProcess, spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { eventually } from "@/lib/testing/eventually";
import { createConsoleUser, createGroupRow, createTenant, ctxForUser } from "@/lib/testing/factories";
import { applyMemberImport } from "./apply-member-import";
import { previewMemberImport } from "./preview-member-import";
import { resumeMemberImports, runMemberImport } from "./run-member-import";

function csv(n: number, offset = 0) {
  return [
    "email,first name,last name,group",
    ...Array.from({ length: n }, (_, i) => `user${i + offset}@import.example,First${i},Last${i},Staff`),
  ].join("\n");
}

async function setup() {
  const tenant = await createTenant();
  await createGroupRow(tenant.id, "Staff");
  const ctx = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] })).id);
  return { tenant, ctx };
}

describe("member import", () => {
  it("reports problems in the dry run and refuses to apply until they are fixed", async () => {
    const { tenant, ctx } = await setup();
    const report = await previewMemberImport(ctx, {
      tenantId: tenant.id,
      fileName: "bad.csv",
      csv: `${csv(2)}\nnope,A,B,Staff\nx@import.example,A,B,Nobody`,
    });
    expect(report).toMatchObject({ creates: 2, errors: 2 });
    await expect(applyMemberImport(ctx, { tenantId: tenant.id, importId: report.id })).rejects.toMatchObject({
      kind: "conflict",
    });
    expect(await db.member.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("applies in batches, is idempotent, and resumes after a crash without duplicates", async () => {
    const { tenant, ctx } = await setup();
    const file = csv(2500);
    const first = await previewMemberImport(ctx, { tenantId: tenant.id, fileName: "a.csv", csv: file });
    expect(first).toMatchObject({ creates: 2500, updates: 0, unchanged: 0, errors: 0 });
    await applyMemberImport(ctx, { tenantId: tenant.id, importId: first.id });
    // The worker dies after its first committed batch…
    await expect(
      runMemberImport(tenant.id, first.id, (applied) => {
        if (applied === 1000) throw new Error("simulated crash");
      }),
    ).rejects.toThrow("simulated crash");
    expect(
      await db.memberImport.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: first.id } } }),
    ).toMatchObject({ status: "failed", applied: 1000 });
    expect(await db.member.count({ where: { tenantId: tenant.id } })).toBe(1000);
    // …and applying again continues from the checkpoint.
    await applyMemberImport(ctx, { tenantId: tenant.id, importId: first.id });
    await runMemberImport(tenant.id, first.id);
    expect(
      await db.memberImport.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: first.id } } }),
    ).toMatchObject({ status: "done", applied: 2500, created: 2500 });
    expect(await db.member.count({ where: { tenantId: tenant.id } })).toBe(2500);
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: "member.create" } })).toBe(2500);

    // The same file again changes nothing.
    const again = await previewMemberImport(ctx, { tenantId: tenant.id, fileName: "a.csv", csv: file });
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 2500 });
    await applyMemberImport(ctx, { tenantId: tenant.id, importId: again.id });
    await runMemberImport(tenant.id, again.id);
    expect(
      await db.memberImport.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: again.id } } }),
    ).toMatchObject({ created: 0, updated: 0, unchanged: 2500 });
    expect(await db.member.count({ where: { tenantId: tenant.id } })).toBe(2500);
  });

  it("re-checks a file of more members than PostgreSQL takes parameters in one statement (32,767)", async () => {
    const { tenant, ctx } = await setup();
    const n = 40_000;
    const staff = await db.securityGroup.findFirstOrThrow({ where: { tenantId: tenant.id, name: "Staff" } });
    // The members already exist, exactly as the file has them.
    await db.$executeRaw`
      INSERT INTO "Member" (id, "tenantId", email, "firstName", "lastName", "displayName", "groupId", status, "updatedAt")
      SELECT gen_random_uuid(), ${tenant.id}::uuid, 'user' || i || '@import.example', 'First' || i, 'Last' || i,
        'First' || i || ' Last' || i, ${staff.id}::uuid, 'active', now()
      FROM generate_series(0, ${n - 1}) i`;
    const report = await previewMemberImport(ctx, { tenantId: tenant.id, fileName: "all.csv", csv: csv(n) });
    expect(report).toMatchObject({ creates: 0, updates: 0, unchanged: n, errors: 0 });
  }, 120_000);

  it("is for roles that may both invite and change members: helpdesk may invite one by one, not import", async () => {
    const { tenant } = await setup();
    const helpdesk = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "helpdesk"]] })).id);
    await expect(
      previewMemberImport(helpdesk, { tenantId: tenant.id, fileName: "h.csv", csv: csv(1) }),
    ).rejects.toMatchObject({ kind: "forbidden" });
  });

  it("keeps the dry run's warnings: columns it ignores, cells past the header", async () => {
    const { tenant, ctx } = await setup();
    const report = await previewMemberImport(ctx, {
      tenantId: tenant.id,
      fileName: "w.csv",
      csv: "email,first name,last name,group,title\nw@import.example,W,W,Staff,Boss,extra\n",
    });
    expect(report).toMatchObject({ creates: 1, errors: 0, warningCount: 2 });
    expect(report.warnings.map((w) => w.line)).toEqual([1, 2]);
  });

  it("runs a job once even when two workers start it", async () => {
    const { tenant, ctx } = await setup();
    const job = await previewMemberImport(ctx, { tenantId: tenant.id, fileName: "b.csv", csv: csv(300, 9000) });
    await applyMemberImport(ctx, { tenantId: tenant.id, importId: job.id });
    await Promise.all([runMemberImport(tenant.id, job.id), runMemberImport(tenant.id, job.id)]);
    expect(await db.member.count({ where: { tenantId: tenant.id } })).toBe(300);
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: "member.import_done" } })).toBe(1);
  });
});

/** Runs one worker in a process of its own (Node runs the script, so SIGKILL lands on it). */
function worker(...args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/testing/job-worker.ts", ...args], {
    env: process.env,
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

describe("member import after kill -9", () => {
  it("resumes at once when the worker is killed mid-import and the server restarts within the lease", async () => {
    const { tenant, ctx } = await setup();
    const job = await previewMemberImport(ctx, { tenantId: tenant.id, fileName: "k.csv", csv: csv(2500, 20_000) });
    await applyMemberImport(ctx, { tenantId: tenant.id, importId: job.id });
    const ref = { where: { tenantId_id: { tenantId: tenant.id, id: job.id } } };

    const first = worker("import", tenant.id, job.id);
    // Wait for its first committed batch; it then hangs, holding the 60-second lease, until killed.
    for (let i = 0; (await db.memberImport.findUniqueOrThrow(ref)).applied < 1000; i++) {
      if (i > 600) throw new Error(`the worker did not commit a batch: ${first.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    // While it lives, the import is its own: no one else resumes it, and applying again is refused.
    expect(await resumeMemberImports()).not.toContain(job.id);
    await expect(applyMemberImport(ctx, { tenantId: tenant.id, importId: job.id })).rejects.toMatchObject({
      kind: "conflict",
    });
    first.child.kill("SIGKILL");
    await first.exited;
    const halfway = await db.memberImport.findUniqueOrThrow(ref);
    expect(halfway).toMatchObject({ status: "applying", applied: 1000 });
    expect(halfway.leaseUntil!.getTime()).toBeGreaterThan(Date.now() + 30_000);

    // The restarted server (this process) takes it over at once, well within the dead worker's lease…
    const t0 = performance.now();
    const reapplied = () =>
      applyMemberImport(ctx, { tenantId: tenant.id, importId: job.id }).then(
        () => "applied",
        (err: Error) => err.message,
      );
    expect(await eventually(reapplied, (r) => r === "applied")).toBe("applied");
    await runMemberImport(tenant.id, job.id);
    const ms = performance.now() - t0;
    // …and finishes it from the checkpoint: no duplicates, every row once.
    const done = await db.memberImport.findUniqueOrThrow(ref);
    expect(done).toMatchObject({ status: "done", applied: 2500, created: 2500, updated: 0, unchanged: 0 });
    expect(done.attempts).toBe(2);
    expect(await db.member.count({ where: { tenantId: tenant.id } })).toBe(2500);
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: "member.create" } })).toBe(2500);
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: "member.import_done" } })).toBe(1);
    expect(ms).toBeLessThan(30_000);
    console.log(`import resumed and finished ${Math.round(ms)} ms after the kill (lease: 60 s)`);
  });

  it("is picked up by the start-up resume as soon as its worker is dead", async () => {
    const { tenant, ctx } = await setup();
    const job = await previewMemberImport(ctx, { tenantId: tenant.id, fileName: "r.csv", csv: csv(1500, 40_000) });
    await applyMemberImport(ctx, { tenantId: tenant.id, importId: job.id });
    const ref = { where: { tenantId_id: { tenantId: tenant.id, id: job.id } } };
    const first = worker("import", tenant.id, job.id);
    for (let i = 0; (await db.memberImport.findUniqueOrThrow(ref)).applied < 1000; i++) {
      if (i > 600) throw new Error(`the worker did not commit a batch: ${first.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    first.child.kill("SIGKILL");
    await first.exited;
    const t0 = performance.now();
    expect(await eventually(resumeMemberImports, (ids) => ids.includes(job.id))).toContain(job.id);
    for (let i = 0; (await db.memberImport.findUniqueOrThrow(ref)).status !== "done"; i++) {
      if (i > 600) throw new Error("the import was not resumed");
      await new Promise((r) => setTimeout(r, 50));
    }
    console.log(`start-up resume finished the import ${Math.round(performance.now() - t0)} ms after the kill`);
    expect(await db.memberImport.findUniqueOrThrow(ref)).toMatchObject({ applied: 1500, created: 1500 });
    expect(await db.member.count({ where: { tenantId: tenant.id } })).toBe(1500);
  });
});
