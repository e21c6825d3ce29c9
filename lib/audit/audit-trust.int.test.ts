import { execFile } from "node:child_process";
import { generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/rbac/actor";
import { getSigningKey } from "@/lib/signing/get-signing-key";
import { loadKeyTrust } from "@/lib/signing/key-trust";
import { listPublicKeys } from "@/lib/signing/list-public-keys";
import { rotateSigningKey } from "@/lib/signing/rotate-signing-key";
import { type SignedDocument, signDocument } from "@/lib/signing/sign-document";
import { createTenant } from "@/lib/testing/factories";
import { appendAuditEvents } from "@/lib/audit-chain/append-audit-event";
import { writeAuditCheckpoint } from "./audit-checkpoint";
import { auditDigestDocument } from "./digests/audit-digest-document";
import { chainDigestDir, digestDir } from "./digests/digest-files";
import { verifyAuditDigests } from "./digests/verify-audit-digests";
import { writeAuditDigest } from "./digests/write-audit-digests";
import { hashAuditEvent } from "@/lib/audit-chain/hash-audit-event";
import { trustRootPath } from "@/lib/signing/trust-root";
import { verifyAuditChain } from "./verify-audit-chain";
import { verifyTenantAuditChain } from "./verify-tenant-audit-chain";

// The attacks of issue 24: an insider with full access to the database, and
// nothing else (not the encryption key, not the trust root, not the digest
// files), tries to make the verifier say OK about a history they changed.

const run = promisify(execFile);
const system: Ctx = { actor: { type: "system", label: "test" }, request: {} };
const HOUR = 3_600_000;

async function append(tenantId: string, events: number) {
  await db.$transaction((tx) =>
    appendAuditEvents(
      tx,
      tenantId,
      Array.from({ length: events }, (_, i) => ({
        action: "group.update" as const,
        outcome: "success" as const,
        actor: { type: "system" as const, label: "seed" },
        changes: { after: { i } },
      })),
    ),
  );
}

/** A network with `events` events and a digest after each batch of `perDigest`. */
async function networkWithDigests(batches: number, perDigest = 5) {
  const tenant = await createTenant();
  for (let b = 0; b < batches; b++) {
    await append(tenant.id, perDigest);
    await writeAuditDigest(tenant.id);
  }
  return tenant;
}

/** Rewrites the actor of event `seq` and recomputes every hash after it, as the chain check cannot notice. */
async function rewriteFrom(tenantId: string, seq: bigint) {
  const rows = await db.auditEvent.findMany({ where: { tenantId, seq: { gte: seq } }, orderBy: { seq: "asc" } });
  let prev = (await db.auditEvent.findUnique({ where: { tenantId_seq: { tenantId, seq: seq - 1n } } }))!.hash;
  for (const r of rows) {
    const forged = { ...r, prevHash: prev, actorLabel: r.seq === seq ? "forged" : r.actorLabel };
    const hash = hashAuditEvent(forged);
    await db.auditEvent.update({
      where: { tenantId_seq: { tenantId, seq: r.seq } },
      data: { actorLabel: forged.actorLabel, prevHash: prev, hash },
    });
    prev = hash;
  }
  await db.auditChainHead.update({ where: { tenantId }, data: { hash: prev } });
  expect(await verifyAuditChain(db, tenantId)).toMatchObject({ ok: true });
}

/** The insider's own key, inserted as a row: the private half is theirs, the sealed column is junk. */
async function insertForgedKey(endorsement?: { endorsedBy: string; endorsement: string }) {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const kid = `ck-forged-${randomBytes(4).toString("hex")}`;
  await db.signingKey.create({
    data: {
      kid,
      publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
      privateKeyEnc: `v1.${randomBytes(12).toString("base64url")}.${randomBytes(16).toString("base64url")}.AAAA`,
      retiredAt: new Date(),
      ...endorsement,
    },
  });
  return { kid, privateKey };
}

/** Re-signs every digest of the chain in the database over the log as it is now. */
async function resignDigests(tenantId: string, key: { kid: string; privateKey: KeyObject }) {
  const digests = await db.auditDigest.findMany({ where: { tenantId }, orderBy: { number: "asc" } });
  let previousSignature: string | null = null;
  for (const d of digests) {
    const event = await db.auditEvent.findUnique({ where: { tenantId_seq: { tenantId, seq: d.lastSeq } } });
    const doc = { ...d, lastHash: event!.hash, previousSignature };
    const signed: SignedDocument<unknown> = signDocument(auditDigestDocument(doc), key);
    await db.auditDigest.update({
      where: { tenantId_number: { tenantId, number: d.number } },
      data: { lastHash: doc.lastHash, previousSignature, kid: key.kid, signature: signed.signature.value },
    });
    previousSignature = signed.signature.value;
  }
}

async function cli(...args: string[]) {
  return run("npx", ["tsx", "scripts/verify-audit.ts", ...args]).catch(
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

describe("an insider with the database alone cannot make the verifier say OK", () => {
  it("a forged key, the log rewritten and the digests re-signed: fails naming the untrusted key", async () => {
    const tenant = await networkWithDigests(3);
    const forged = await insertForgedKey();
    try {
      await rewriteFrom(tenant.id, 7n);
      await resignDigests(tenant.id, forged);

      const verdict = await verifyAuditDigests(db, tenant.id);
      expect(verdict).toMatchObject({ ok: false, number: 1 });
      expect(verdict.ok || verdict.reason).toContain(forged.kid);
      expect(verdict.ok || verdict.reason).toMatch(/does not chain to the trust root/);

      // The console's verify operation (the API and the UI call it) says the same.
      const op = await verifyTenantAuditChain(system, { tenantId: tenant.id });
      expect(op.digests).toMatchObject({ ok: false });
      expect(op.digests.ok || op.digests.reason).toContain(forged.kid);

      const out = await cli("--tenant", tenant.slug);
      expect((out as { code?: number }).code).toBe(1);
      expect(out.stdout).toMatch(new RegExp(`^FAILED digests .*${forged.kid}.*does not chain to the trust root`, "m"));

      // Nor is the forged key published for anyone else to trust.
      const { keys } = await listPublicKeys();
      expect(keys.map((k) => k.kid)).not.toContain(forged.kid);
      expect(keys.length).toBeGreaterThan(0);
    } finally {
      await db.signingKey.delete({ where: { kid: forged.kid } });
    }
  });

  it("deleting the digests that cover a rewrite fails", async () => {
    const tenant = await networkWithDigests(3);
    await rewriteFrom(tenant.id, 7n);
    await db.auditDigest.deleteMany({ where: { tenantId: tenant.id, number: { gte: 2 } } });
    const verdict = await verifyAuditDigests(db, tenant.id);
    expect(verdict).toMatchObject({ ok: false, number: 2 });
    expect(verdict.ok || verdict.reason).toMatch(/digest 2 .*missing from the database/);
  });

  it("deleting every digest fails", async () => {
    const tenant = await networkWithDigests(2);
    await db.auditDigest.deleteMany({ where: { tenantId: tenant.id } });
    const verdict = await verifyAuditDigests(db, tenant.id);
    expect(verdict).toMatchObject({ ok: false, number: 1, firstBadSeq: 1n });
    expect(verdict.ok || verdict.reason).toMatch(/digest 1 .*missing from the database/);
    const out = await cli("--tenant", tenant.slug);
    expect((out as { code?: number }).code).toBe(1);
    expect(out.stdout).toMatch(/^FAILED digests .*digest 1 .*missing from the database/m);
  });

  it("a newest digest older than two digest periods fails", async () => {
    // The default schedule is hourly: the newest digest is three hours old.
    const tenant = await createTenant();
    await append(tenant.id, 4);
    await writeAuditDigest(tenant.id, new Date(Date.now() - 3 * HOUR));
    const verdict = await verifyAuditDigests(db, tenant.id);
    expect(verdict).toMatchObject({ ok: false, number: 1, firstBadSeq: 5n });
    expect(verdict.ok || verdict.reason).toMatch(/newest digest.*older than two digest periods/);
  });

  it("a gap of more than two digest periods between digests fails", async () => {
    const tenant = await createTenant();
    await append(tenant.id, 4);
    await writeAuditDigest(tenant.id, new Date(Date.now() - 10 * HOUR));
    await append(tenant.id, 4);
    await writeAuditDigest(tenant.id);
    const verdict = await verifyAuditDigests(db, tenant.id);
    expect(verdict).toMatchObject({ ok: false, number: 2, firstBadSeq: 5n });
    expect(verdict.ok || verdict.reason).toMatch(/gap/);
  });

  it("a legitimate rotation still verifies, and both keys are published", async () => {
    const tenant = await networkWithDigests(1);
    const before = (await verifyAuditDigests(db, tenant.id)).ok;
    expect(before).toBe(true);
    const { kid } = await rotateSigningKey(system, {});
    await append(tenant.id, 3);
    await writeAuditDigest(tenant.id);
    const last = await db.auditDigest.findFirst({ where: { tenantId: tenant.id }, orderBy: { number: "desc" } });
    expect(last?.kid).toBe(kid);
    expect(await verifyAuditDigests(db, tenant.id)).toMatchObject({ ok: true, digests: 2, lastSeq: 8n });
    const published = (await listPublicKeys()).keys.map((k) => k.kid);
    expect(published).toContain(kid);
    const out = await cli("--tenant", tenant.slug);
    expect(out.stdout).toMatch(/^OK digests .*: 2 signed digests, last at seq 8/m);
  });

  it("a key claiming an endorsement by the current key, with a signature it could not make, is not trusted", async () => {
    const current = await getSigningKey();
    const genuine = await db.signingKey.findFirst({ where: { endorsement: { not: null } } });
    const forged = await insertForgedKey({
      endorsedBy: current.kid,
      // Another key's genuine endorsement, copied: it signs that key's public half, not this one's.
      endorsement: genuine?.endorsement ?? randomBytes(64).toString("base64url"),
    });
    try {
      const tenant = await networkWithDigests(2);
      await resignDigests(tenant.id, forged);
      const verdict = await verifyAuditDigests(db, tenant.id);
      expect(verdict.ok || verdict.reason).toContain(`key ${forged.kid}, which does not chain to the trust root`);
      expect((await loadKeyTrust(db)).untrusted.get(forged.kid)).toMatch(/its endorsement by .* does not verify/);
      expect((await listPublicKeys()).keys.map((k) => k.kid)).not.toContain(forged.kid);
    } finally {
      await db.signingKey.delete({ where: { kid: forged.kid } });
    }
  });

  it("a retention checkpoint re-signed under an inserted key fails the chain check", async () => {
    const tenant = await createTenant();
    await append(tenant.id, 6);
    const third = await db.auditEvent.findUniqueOrThrow({ where: { tenantId_seq: { tenantId: tenant.id, seq: 3n } } });
    await db.$transaction((tx) =>
      writeAuditCheckpoint(tx, { tenantId: tenant.id, seq: 3n, hash: third.hash, runId: null }),
    );
    expect(await verifyAuditChain(db, tenant.id)).toMatchObject({ ok: true, startSeq: 4n });
    const forged = await insertForgedKey();
    try {
      const document = {
        schema: "custodian.audit-checkpoint/v1",
        tenantId: tenant.id,
        seq: "3",
        hash: third.hash,
        runId: null,
      };
      const signed = signDocument(document, forged);
      await db.auditCheckpoint.update({
        where: { tenantId: tenant.id },
        data: { kid: forged.kid, signature: signed.signature.value },
      });
      const verdict = await verifyAuditChain(db, tenant.id);
      expect(verdict).toMatchObject({ ok: false, firstBadSeq: 4n });
      expect(verdict.ok || verdict.reason).toContain(
        `signed with key ${forged.kid}, which does not chain to the trust root`,
      );
    } finally {
      await db.signingKey.delete({ where: { kid: forged.kid } });
    }
  });
});

describe("the auditor's own trust root and digest copies", () => {
  it("the command line verifies against --trust-root and --digests, and fails on a root or series that does not match", async () => {
    const tenant = await networkWithDigests(2);
    const dir = await mkdtemp(path.join(tmpdir(), "auditor-"));
    try {
      // The auditor's copies, taken at set-up and from the digest store.
      const root = path.join(dir, "root.jwks.json");
      await copyFile(trustRootPath(), root);
      const digests = path.join(dir, "digests");
      const chainDir = chainDigestDir(digests, tenant.id);
      await mkdir(chainDir, { recursive: true });
      for (const name of await readdir(chainDigestDir(digestDir(), tenant.id)))
        await copyFile(path.join(chainDigestDir(digestDir(), tenant.id), name), path.join(chainDir, name));
      const ok = await cli("--tenant", tenant.slug, "--trust-root", root, "--digests", digests);
      expect(ok.stdout).toMatch(/^OK digests .*: 2 signed digests, last at seq 10$/m);

      // A root that pins some other key: nothing the deployment signed chains to it.
      const other = path.join(dir, "other.jwks.json");
      const { publicKey } = generateKeyPairSync("ed25519");
      await writeFile(
        other,
        JSON.stringify({ keys: [{ ...publicKey.export({ format: "jwk" }), kid: "someone-else" }] }),
      );
      const foreign = await cli("--tenant", tenant.slug, "--trust-root", other, "--digests", digests);
      expect((foreign as { code?: number }).code).toBe(1);
      expect(foreign.stdout).toMatch(/^FAILED digests .*digest 1 .*which does not chain to the trust root/m);

      const missing = await cli("--tenant", tenant.slug, "--trust-root", path.join(dir, "nope.json"));
      expect(missing.stdout).toMatch(/^FAILED trust root .*nope\.json: it does not exist$/m);

      // An empty digest store: the database's digests have no external copy.
      const empty = await cli("--tenant", tenant.slug, "--trust-root", root, "--digests", path.join(dir, "empty"));
      expect(empty.stdout).toMatch(/^FAILED digests .*digest 1 is in the database but not in the external series/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the digest writer", () => {
  it("writes no digest over a database whose digests were removed", async () => {
    const tenant = await networkWithDigests(2);
    await db.auditDigest.deleteMany({ where: { tenantId: tenant.id, number: 2 } });
    await expect(writeAuditDigest(tenant.id)).rejects.toThrow(/reaches digest 2, the database's ends at 1/);
    expect(await db.auditDigest.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it("writes out a committed digest whose file is missing (a crash between the two) before the next", async () => {
    const tenant = await networkWithDigests(2);
    const chainDir = chainDigestDir(digestDir(), tenant.id);
    await rm(path.join(chainDir, "00000002.json"));
    expect(await verifyAuditDigests(db, tenant.id)).toMatchObject({ ok: false, number: 2 });
    await writeAuditDigest(tenant.id);
    expect(await readdir(chainDir)).toEqual(["00000001.json", "00000002.json", "00000003.json"]);
    expect(await verifyAuditDigests(db, tenant.id)).toMatchObject({ ok: true, digests: 3, external: 3 });
  });
});
