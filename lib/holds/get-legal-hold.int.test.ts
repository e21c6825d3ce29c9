import { describe, expect, it } from "vitest";
import { createConsoleUser, createGroupRow, createMemberRow, createTenant, ctxForUser } from "@/lib/testing/factories";
import { createLegalHold } from "./create-legal-hold";
import { getLegalHold } from "./get-legal-hold";
import { releaseLegalHold } from "./release-legal-hold";

describe("getLegalHold", () => {
  it("answers every custodian a hold names, what releasing it would shorten, and nothing of another network", async () => {
    const tenant = await createTenant();
    const group = await createGroupRow(tenant.id);
    const [a, b] = [await createMemberRow(tenant.id, group.id), await createMemberRow(tenant.id, group.id)];
    const ctx = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "compliance_officer"]] })).id);
    const { id: holdId } = await createLegalHold(ctx, {
      tenantId: tenant.id,
      name: "Acme v. Example",
      matter: "M-42",
      memberEmails: [b!.email, a!.email],
      groupIds: [group.id],
    });

    const hold = await getLegalHold(ctx, { tenantId: tenant.id, holdId });
    expect(hold).toMatchObject({ id: holdId, name: "Acme v. Example", matter: "M-42", releasedAt: null });
    expect(hold.members.map((m) => m.email)).toEqual([a!.email, b!.email].sort());
    expect(hold.groups).toEqual([{ id: group.id, name: group.name }]);
    expect(hold.releaseImpact).toMatchObject({ shortened: 2 });

    await releaseLegalHold(ctx, { tenantId: tenant.id, holdId, confirmShortening: true });
    expect((await getLegalHold(ctx, { tenantId: tenant.id, holdId })).releaseImpact).toBeNull();

    // Another network's admin, asking with their own network's id, finds no such hold.
    const other = await createTenant();
    const otherCtx = await ctxForUser((await createConsoleUser({ grants: [[other.id, "compliance_officer"]] })).id);
    await expect(getLegalHold(otherCtx, { tenantId: other.id, holdId })).rejects.toMatchObject({ kind: "not_found" });
    await expect(getLegalHold(ctx, { tenantId: tenant.id, holdId: "not-a-uuid" })).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { holdId: ["expected a hold id"] },
    });
  });
});
