import { createPublicKey } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateGroup } from "@/lib/groups/update-group";
import { listPublicKeys } from "@/lib/signing/list-public-keys";
import { type SignedDocument, verifyDocument } from "@/lib/signing/sign-document";
import {
  createApiTokenRow,
  createConsoleUser,
  createGroupRow,
  createMemberRow,
  createTenant,
  ctxForToken,
  ctxForUser,
} from "@/lib/testing/factories";
import { suspendTenant } from "@/lib/tenants/suspend-tenant";
import type { EffectiveSettings } from "./build-effective-settings";
import { getEffectiveSettings } from "./get-effective-settings";

async function setup() {
  const tenant = await createTenant();
  const group = await createGroupRow(tenant.id);
  const member = await createMemberRow(tenant.id, group.id);
  const token = await createApiTokenRow(tenant.id, ["service.policies.read"]);
  const admin = await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] });
  return { tenant, group, member, service: ctxForToken(token), admin: await ctxForUser(admin.id) };
}

/** Verifies with the key published under the signature's kid, as the messaging service would. */
async function verifyWithPublishedKey(signed: SignedDocument<unknown>) {
  const jwks = await listPublicKeys();
  const jwk = jwks.keys.find((k) => k.kid === signed.signature.kid);
  expect(jwk).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA" });
  return verifyDocument(signed, createPublicKey({ key: jwk as never, format: "jwk" }));
}

describe("effective settings for the messaging service", () => {
  it("are signed, and the signature verifies with the published key; a tampered document fails", async () => {
    const { tenant, member, service } = await setup();
    const { signed } = await getEffectiveSettings(service, { tenantId: tenant.id, memberId: member.id });
    const doc = signed.document as EffectiveSettings;
    expect(doc).toMatchObject({
      schema: "custodian.effective-settings/v1",
      member: { id: member.id },
      tenant: { id: tenant.id },
    });
    expect(await verifyWithPublishedKey(signed)).toBe(true);

    const tampered = structuredClone(signed) as SignedDocument<EffectiveSettings>;
    tampered.document.group.settings.messaging.expirationMaxMinutes = 525600;
    expect(await verifyWithPublishedKey(tampered)).toBe(false);
  });

  it("change version and ETag exactly when a setting changes", async () => {
    const { tenant, group, member, service, admin } = await setup();
    const first = await getEffectiveSettings(service, { tenantId: tenant.id, memberId: member.id });
    const again = await getEffectiveSettings(service, { tenantId: tenant.id, memberId: member.id });
    expect(again.etag).toBe(first.etag);

    const current = (first.signed.document as EffectiveSettings).group.settings;
    await updateGroup(admin, {
      tenantId: tenant.id,
      groupId: group.id,
      name: group.name,
      settings: { ...current, messaging: { ...current.messaging, expirationMaxMinutes: 1440 } },
      confirmShortening: true,
    });
    const after = await getEffectiveSettings(service, { tenantId: tenant.id, memberId: member.id });
    expect(after.etag).not.toBe(first.etag);
    expect((after.signed.document as EffectiveSettings).group.settings.messaging.expirationMaxMinutes).toBe(1440);
    expect((after.signed.document as EffectiveSettings).version).not.toBe(
      (first.signed.document as EffectiveSettings).version,
    );
  });

  it("refuse the members of a suspended network, with the reason", async () => {
    const { tenant, member, service } = await setup();
    const operator = await ctxForUser((await createConsoleUser({ platformOperator: true })).id);
    await suspendTenant(operator, { tenantId: tenant.id });
    await expect(getEffectiveSettings(service, { tenantId: tenant.id, memberId: member.id })).rejects.toMatchObject({
      kind: "forbidden",
      message: "The member's network is suspended.",
    });
  });

  it("refuse a suspended member, and do not find another network's member", async () => {
    const { tenant, group, service } = await setup();
    const suspended = await createMemberRow(tenant.id, group.id, "suspended");
    await expect(getEffectiveSettings(service, { tenantId: tenant.id, memberId: suspended.id })).rejects.toMatchObject({
      message: "The member is suspended.",
    });
    const other = await setup();
    await expect(
      getEffectiveSettings(service, { tenantId: tenant.id, memberId: other.member.id }),
    ).rejects.toMatchObject({ kind: "not_found" });
  });

  it("never carry the member SSO client secret", async () => {
    const { tenant, member, service } = await setup();
    const { sealSecret } = await import("@/lib/crypto/seal-secret");
    await db.memberSsoConfig.create({
      data: {
        tenantId: tenant.id,
        enabled: true,
        issuer: "https://idp.example.test",
        clientId: "c",
        clientSecretEnc: sealSecret("top-secret-value"),
        scopes: ["openid"],
        usernameClaim: "email",
      },
    });
    const { signed } = await getEffectiveSettings(service, { tenantId: tenant.id, memberId: member.id });
    expect((signed.document as EffectiveSettings).memberSso).toMatchObject({
      enabled: true,
      issuer: "https://idp.example.test",
    });
    expect(JSON.stringify(signed)).not.toMatch(/top-secret-value|clientSecret/);
  });
});
