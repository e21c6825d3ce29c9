import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateGroup } from "@/lib/groups/update-group";
import {
  createApiTokenRow,
  createConsoleUser,
  createGroupRow,
  createMemberRow,
  createTenant,
  ctxForToken,
  ctxForUser,
} from "@/lib/testing/factories";
import { addPartner } from "./add-partner";
import { acceptPartnership, resumePartner, revokePartner, suspendPartner } from "./answer-partnership";
import { decideFederationForService } from "./decide-for-service";
import { listFederation } from "./list-federation";
import { requestPartnership } from "./request-partnership";
import { updateFederationSettings } from "./update-federation-settings";

async function network() {
  const tenant = await createTenant();
  const group = await createGroupRow(tenant.id);
  const member = await createMemberRow(tenant.id, group.id);
  const admin = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] })).id);
  const service = ctxForToken(await createApiTokenRow(tenant.id, ["service.federation.decide"]));
  await updateFederationSettings(admin, { tenantId: tenant.id, mode: "restricted", guestLapseDays: 90 });
  return { tenant, group, member, admin, service };
}

describe("federation between two networks of this deployment", () => {
  it("A requests, B accepts: allowed; suspensions and revocation deny on the very next decision", async () => {
    const a = await network();
    const b = await network();
    const ask = async (extra: { memberId?: string } = {}) =>
      (
        await decideFederationForService(a.service, {
          tenantId: a.tenant.id,
          decisions: [{ ...extra, target: { slug: b.tenant.slug } }],
        })
      )[0];

    expect(await ask()).toMatchObject({ allow: false, reason: "not_on_allow_list", side: "source" });
    const { id: mine } = await requestPartnership(a.admin, { tenantId: a.tenant.id, partnerSlug: b.tenant.slug });
    expect(await ask()).toMatchObject({ allow: false, reason: "link_pending" });

    // Only the side that received the request answers it.
    await expect(acceptPartnership(a.admin, { tenantId: a.tenant.id, partnerId: mine })).rejects.toMatchObject({
      kind: "conflict",
    });
    const inbox = await listFederation(b.admin, { tenantId: b.tenant.id });
    expect(inbox.pending).toHaveLength(1);
    const theirs = inbox.pending[0]!.id;
    await acceptPartnership(b.admin, { tenantId: b.tenant.id, partnerId: theirs });
    expect(await ask()).toMatchObject({ allow: true, reason: "allowed" });

    // A group that narrows to no federation refuses its members, not the network.
    await updateGroup(a.admin, {
      tenantId: a.tenant.id,
      groupId: a.group.id,
      name: a.group.name,
      settings: { federation: { scope: "none" } },
    });
    expect(await ask({ memberId: a.member.id })).toMatchObject({ allow: false, reason: "group_federation_off" });
    expect(await ask()).toMatchObject({ allow: true });

    await suspendPartner(b.admin, { tenantId: b.tenant.id, partnerId: theirs });
    expect(await ask()).toMatchObject({ allow: false, reason: "link_suspended", side: "target" });
    await resumePartner(b.admin, { tenantId: b.tenant.id, partnerId: theirs });
    expect(await ask()).toMatchObject({ allow: true });

    await revokePartner(b.admin, { tenantId: b.tenant.id, partnerId: theirs });
    expect(await ask()).toMatchObject({ allow: false, reason: "link_revoked" });
    expect(
      await db.federationPartner.findUniqueOrThrow({ where: { tenantId_id: { tenantId: a.tenant.id, id: mine } } }),
    ).toMatchObject({
      status: "revoked",
    });
    // Each side's audit log tells the story, the other side's actions included.
    expect(
      (await db.auditEvent.findMany({ where: { tenantId: a.tenant.id, targetId: mine }, orderBy: { seq: "asc" } })).map(
        (e) => e.action,
      ),
    ).toEqual([
      "federation.partner_request",
      "federation.partner_accept",
      "federation.partner_suspend",
      "federation.partner_resume",
      "federation.partner_revoke",
    ]);
  });

  it("external partners need their agreement; the batch answers each question, bad ones by name", async () => {
    const a = await network();
    await expect(
      addPartner(a.admin, {
        tenantId: a.tenant.id,
        relation: "allow",
        externalKey: "partner.example",
        displayName: "Partner",
      }),
    ).rejects.toMatchObject({ fieldErrors: { agreementRef: [expect.any(String)] } });
    await addPartner(a.admin, {
      tenantId: a.tenant.id,
      relation: "allow",
      externalKey: "Partner.Example",
      displayName: "Partner",
      fingerprint: "SHA256:abcdefghijklmnopqrstuvwxyz012345",
      agreedBy: "Jane Roe, CISO",
      agreedAt: "2026-11-01",
      agreementRef: "MOU-2026-17",
    });
    const answers = await decideFederationForService(a.service, {
      tenantId: a.tenant.id,
      decisions: [
        { target: { network: "partner.example" } },
        { target: { network: "stranger.example" } },
        { memberId: "00000000-0000-7000-8000-000000000000", target: { network: "partner.example" } },
        { target: { slug: "no-such-network" } },
      ],
    });
    expect(answers).toEqual([
      { allow: true, reason: "allowed", version: expect.any(String) },
      { allow: false, reason: "not_on_allow_list", side: "source", version: expect.any(String) },
      { error: { field: "decisions.2.memberId", message: "no such member in this network" } },
      { error: { field: "decisions.3.target.slug", message: "no such network in this deployment" } },
    ]);
    await expect(
      decideFederationForService(a.service, { tenantId: a.tenant.id, decisions: [{ target: {} }] }),
    ).rejects.toMatchObject({ kind: "validation" });
  });
});
