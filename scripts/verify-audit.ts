// npm run audit:verify -- --tenant <network slug or id | platform>
// npm run audit:verify -- --export <file> [--manifest <file>] [--keys <jwks.json or URL>]
// Checks, outside the console: a network's audit chain and its signed digests
// (read from DATABASE_URL, or the embedded database), or an export file against
// its signed manifest. Prints the verdict with the first bad seq, and exits 1
// when anything does not verify (2 for a usage error).
import { createPublicKey, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { verifyAuditDigests } from "@/lib/audit/digests/verify-audit-digests";
import { verifyAuditExport } from "@/lib/audit/export/verify-audit-export";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db";
import { withDatabase } from "./with-database";

const { values } = parseArgs({
  options: {
    tenant: { type: "string" },
    export: { type: "string" },
    manifest: { type: "string" },
    keys: { type: "string" },
  },
});

function usage(): never {
  console.error(
    "usage: npm run audit:verify -- --tenant <network slug or id>\n" +
      "       npm run audit:verify -- --export <file> [--manifest <file>] [--keys <jwks.json or URL>]",
  );
  process.exit(2);
}

async function keysFrom(source: string): Promise<Map<string, KeyObject>> {
  const text = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : await readFile(source, "utf8");
  const jwks = JSON.parse(text) as { keys: (Record<string, unknown> & { kid: string })[] };
  return new Map(jwks.keys.map((k) => [k.kid, createPublicKey({ key: k, format: "jwk" })]));
}

async function keysFromDatabase(): Promise<Map<string, KeyObject>> {
  const rows = await db.signingKey.findMany({ select: { kid: true, publicKeyPem: true } });
  return new Map(rows.map((r) => [r.kid, createPublicKey(r.publicKeyPem)]));
}

async function verifyExport(file: string) {
  const manifest = values.manifest ?? `${file}.manifest.json`;
  const check = async (keys: Map<string, KeyObject>) => {
    const v = await verifyAuditExport(file, manifest, keys);
    if (v.ok) {
      console.log(
        `OK export ${file}: ${v.rows} rows, seq ${v.firstSeq ?? "-"}..${v.lastSeq ?? "-"}, manifest signed by ${v.kid}`,
      );
      return;
    }
    console.log(`FAILED export ${file}: ${v.reason}${v.firstBadSeq ? ` (first bad seq ${v.firstBadSeq})` : ""}`);
    process.exitCode = 1;
  };
  if (values.keys) return check(await keysFrom(values.keys));
  // No JWKS given: the deployment's own keys, from its database.
  await withDatabase(async (url) => {
    process.env.DATABASE_URL = url;
    await check(await keysFromDatabase());
    await db.$disconnect();
  });
}

async function verifyTenant(network: string) {
  await withDatabase(async (url) => {
    process.env.DATABASE_URL = url;
    const uuid = /^[0-9a-f-]{36}$/i.test(network);
    const tenant =
      network === "platform"
        ? { id: "platform", slug: "platform" }
        : await db.tenant.findFirst({ where: uuid ? { id: network } : { slug: network } });
    if (!tenant) {
      console.error(`no network ${network}`);
      process.exit(2);
    }
    const chain = await verifyAuditChain(db, tenant.id);
    const digests = await verifyAuditDigests(db, tenant.id);
    if (chain.ok)
      console.log(`OK chain ${tenant.slug}: ${chain.events} events, seq ${chain.startSeq}..${chain.headSeq}`);
    else {
      console.log(`FAILED chain ${tenant.slug}: ${chain.reason} (first bad seq ${chain.firstBadSeq})`);
      process.exitCode = 1;
    }
    if (digests.ok)
      console.log(
        `OK digests ${tenant.slug}: ${digests.digests} signed digests, last at seq ${digests.lastSeq ?? "-"}`,
      );
    else {
      console.log(`FAILED digests ${tenant.slug}: ${digests.reason} (first bad seq ${digests.firstBadSeq})`);
      process.exitCode = 1;
    }
    await db.$disconnect();
  });
}

if (values.export) await verifyExport(values.export);
else if (values.tenant) await verifyTenant(values.tenant);
else usage();
