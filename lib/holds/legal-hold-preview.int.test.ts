import { describe, expect, it } from "vitest";
import { createConsoleUser, createGroupRow, createMemberRow, createTenant, ctxForUser } from "@/lib/testing/factories";
import { createLegalHold } from "./create-legal-hold";
import { previewLegalHold } from "./preview-legal-hold";
import { releaseLegalHold } from "./release-legal-hold";

describe("legal hold previews", () => {
  it("count who a new hold lengthens and who a release shortens, minding the other holds", async () => {
    const tenant = await createTenant();
    const [g1, g2] = [await createGroupRow(tenant.id), await createGroupRow(tenant.id)];
    const [a, b, c] = [
      await createMemberRow(tenant.id, g1.id),
      await createMemberRow(tenant.id, g1.id),
      await createMemberRow(tenant.id, g2.id),
    ];
    const ctx = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "compliance_officer"]] })).id);
    const base = { tenantId: tenant.id, name: "H", matter: "M" };

    expect(await previewLegalHold(ctx, { ...base, groupIds: [g1.id] })).toEqual({
      members: 2,
      groups: 1,
      shortened: 0,
      lengthened: 2,
      sample: [a!.email, b!.email].sort(),
    });
    const h1 = (await createLegalHold(ctx, { ...base, groupIds: [g1.id] })) as { id: string };
    // a is held already through its group: only c is new.
    expect(await previewLegalHold(ctx, { ...base, memberEmails: [a!.email, c!.email] })).toMatchObject({
      members: 1,
      lengthened: 1,
      sample: [c!.email],
    });
    const h2 = (await createLegalHold(ctx, { ...base, memberEmails: [a!.email, c!.email] })) as { id: string };
    await expect(previewLegalHold(ctx, { ...base, memberEmails: ["nobody@example.test"] })).rejects.toMatchObject({
      fieldErrors: { memberEmails: [expect.stringContaining("nobody@example.test")] },
    });

    // Releasing h1 shortens b only (a stays under h2), and must be confirmed.
    const refused = await releaseLegalHold(ctx, { tenantId: tenant.id, holdId: h1.id }).catch((e: unknown) => e);
    expect(
      JSON.parse((refused as { fieldErrors: { confirmShortening: string[] } }).fieldErrors.confirmShortening[0]!),
    ).toMatchObject({ members: 1, shortened: 1, sample: [b!.email] });
    await expect(
      releaseLegalHold(ctx, { tenantId: tenant.id, holdId: h1.id, confirmShortening: true }),
    ).resolves.toMatchObject({ released: true, impact: { shortened: 1 } });
    await expect(
      releaseLegalHold(ctx, { tenantId: tenant.id, holdId: h2.id, confirmShortening: true }),
    ).resolves.toMatchObject({ impact: { shortened: 2, groups: 2 } });
  });
});
