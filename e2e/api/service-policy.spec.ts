import { expect, test } from "@playwright/test";
import { createToken, e2eDb, uniqueTag } from "../fixtures/factories";

test("the messaging service reads a member's signed policy with an ETag and follows the change feed", async ({
  request,
}) => {
  const tag = uniqueTag();
  const tenant = await e2eDb().tenant.create({
    data: {
      slug: `svc-${tag}`,
      name: `Service ${tag}`,
      groups: { create: { name: "Default", isDefault: true, settings: {} } },
    },
    include: { groups: true },
  });
  const member = await e2eDb().member.create({
    data: {
      tenantId: tenant.id,
      groupId: tenant.groups[0]!.id,
      email: `m@${tag}.example`,
      displayName: "M",
      status: "active",
    },
  });
  const { token } = await createToken(tenant.slug, ["service.policies.read"]);
  const auth = { authorization: `Bearer ${token}` };
  const url = `/api/service/v1/members/${member.id}/policy`;

  const first = await request.get(url, { headers: auth });
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"]!;
  const body = (await first.json()) as { document: { expiration: { kind: string } }; signature: { alg: string } };
  expect(body.signature.alg).toBe("EdDSA");
  expect(body.document.expiration.kind).toBe("expire");
  expect((await request.get(url, { headers: { ...auth, "if-none-match": etag } })).status()).toBe(304);

  const feed = await request.get("/api/service/v1/policy-changes", { headers: auth });
  const { nextCursor } = (await feed.json()) as { nextCursor: string };

  // A hold on the member: the feed names them, and the policy changes (new ETag, "retain").
  await e2eDb().legalHold.create({
    data: { tenantId: tenant.id, name: "H", matter: "M", members: { create: { memberId: member.id } } },
  });
  const held = await request.get(url, { headers: { ...auth, "if-none-match": etag } });
  expect(held.status()).toBe(200);
  expect(((await held.json()) as { document: { expiration: { kind: string } } }).document.expiration.kind).toBe(
    "retain",
  );

  const bad = await request.get("/api/service/v1/policy-changes?cursor=abc", { headers: auth });
  expect(bad.status()).toBe(422);
  expect(bad.headers()["content-type"]).toContain("application/problem+json");
  expect(await bad.json()).toMatchObject({ errors: [{ field: "cursor" }] });
  const since = await request.get(`/api/service/v1/policy-changes?cursor=${nextCursor}`, { headers: auth });
  expect(since.status()).toBe(200);
});
