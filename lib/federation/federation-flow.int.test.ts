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
import { acceptPartnership } from "./accept-partnership";
import { resumePartner } from "./resume-partner";
import { revokePartner } from "./revoke-partner";
import { suspendPartner } from "./suspend-partner";
import { decideFederationForService } from "./decide-federation-for-service";
import { listFederation } from "./list-federation";
import { listGuests } from "./list-guests";
import { recordGuestContacts } from "./record-guest-contacts";
import { blockGuest } from "./block-guest";
import { unblockGuest } from "./unblock-guest";
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

    // A group selects only partners the network has, named on the field.
    await expect(
      updateGroup(a.admin, {
        tenantId: a.tenant.id,
        groupId: a.group.id,
        name: a.group.name,
        settings: { federation: { scope: "selected", partners: [b.tenant.slug, "stranger.example"] } },
      }),
    ).rejects.toMatchObject({
      fieldErrors: { "settings.federation.partners": ["not partners of this network: stranger.example"] },
    });
    await updateGroup(a.admin, {
      tenantId: a.tenant.id,
      groupId: a.group.id,
      name: a.group.name,
      settings: { federation: { scope: "selected", partners: [b.tenant.slug] } },
    });
    expect(await ask({ memberId: a.member.id })).toMatchObject({ allow: true });

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

  it("guests: fed by contacts, allowed per group, refused when blocked or lapsed", async () => {
    const a = await network();
    const events = ctxForToken(await createApiTokenRow(a.tenant.id, ["service.events.write"]));
    const old = new Date(Date.now() - 120 * 86_400_000).toISOString();
    const contacts = [
      { guestId: "g-recent", network: "Guests.Example", displayName: "Recent Guest" },
      { guestId: "g-old", network: "guests.example", at: old },
    ];
    await recordGuestContacts(events, { tenantId: a.tenant.id, contacts });
    // Idempotent, and an older contact never moves the last contact back.
    await recordGuestContacts(events, { tenantId: a.tenant.id, contacts: [...contacts, { ...contacts[0]!, at: old }] });
    expect(await db.guest.count({ where: { tenantId: a.tenant.id } })).toBe(2);
    await expect(
      recordGuestContacts(events, { tenantId: a.tenant.id, contacts: [{ guestId: "", network: "x" }] }),
    ).rejects.toMatchObject({ fieldErrors: { "contacts.0.guestId": [expect.any(String)] } });

    const ask = async (guestId: string) =>
      (
        await decideFederationForService(a.service, {
          tenantId: a.tenant.id,
          decisions: [{ memberId: a.member.id, target: { guestId } }],
        })
      )[0];
    expect(await ask("g-recent")).toMatchObject({ allow: false, reason: "group_guests_off" });
    await updateGroup(a.admin, {
      tenantId: a.tenant.id,
      groupId: a.group.id,
      name: a.group.name,
      settings: { federation: { guests: true } },
    });
    expect(await ask("g-recent")).toMatchObject({ allow: true });
    expect(await ask("g-old")).toMatchObject({ allow: false, reason: "guest_lapsed" });
    expect(await ask("g-never")).toMatchObject({ allow: false, reason: "guest_unknown" });

    const listed = await listGuests(a.admin, { tenantId: a.tenant.id });
    expect(listed.rows.map((g) => [g.externalId, g.state])).toEqual([
      ["g-recent", "current"],
      ["g-old", "lapsed"],
    ]);
    const recent = listed.rows[0]!;
    await blockGuest(a.admin, { tenantId: a.tenant.id, guestId: recent.id });
    expect(await ask("g-recent")).toMatchObject({ allow: false, reason: "guest_blocked" });
    expect((await listGuests(a.admin, { tenantId: a.tenant.id, status: "blocked" })).total).toBe(1);
    await unblockGuest(a.admin, { tenantId: a.tenant.id, guestId: recent.id });
    expect(await ask("g-recent")).toMatchObject({ allow: true });
  });
});
