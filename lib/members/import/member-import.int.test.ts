import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConsoleUser, createGroupRow, createTenant, ctxForUser } from "@/lib/testing/factories";
import { applyMemberImport } from "./apply-member-import";
import { previewMemberImport } from "./preview-member-import";
import { runMemberImport } from "./run-member-import";

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
