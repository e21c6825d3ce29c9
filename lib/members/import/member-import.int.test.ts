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

  it("runs a job once even when two workers start it", async () => {
    const { tenant, ctx } = await setup();
    const job = await previewMemberImport(ctx, { tenantId: tenant.id, fileName: "b.csv", csv: csv(300, 9000) });
    await applyMemberImport(ctx, { tenantId: tenant.id, importId: job.id });
    await Promise.all([runMemberImport(tenant.id, job.id), runMemberImport(tenant.id, job.id)]);
    expect(await db.member.count({ where: { tenantId: tenant.id } })).toBe(300);
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: "member.import_done" } })).toBe(1);
  });
});
