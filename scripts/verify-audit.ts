// npm run audit:verify -- --tenant <network slug or id | platform> [--trust-root <jwks.json>] [--digests <dir>]
// npm run audit:verify -- --export <file> [--manifest <file>] [--keys <jwks.json or URL> | --trust-root <jwks.json>]
// Checks, outside the console: a network's audit chain and its signed digests
// (read from DATABASE_URL, or the embedded database) against the trust root
// the auditor holds and the digests' external copies, or an export file
// against its signed manifest. Prints the verdict with the first bad seq, and
// exits 1 when anything does not verify (2 for a usage error).
import { createPublicKey, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { digestDir } from "@/lib/audit/digests/digest-files";
import { verifyAuditDigests } from "@/lib/audit/digests/verify-audit-digests";
import { verifyAuditExport } from "@/lib/audit/export/verify-audit-export";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db";
import { type KeyTrust, loadKeyTrust } from "@/lib/signing/key-trust";
import { trustRootPath } from "@/lib/signing/trust-root";
import { withDatabase } from "./with-database";

const { values } = parseArgs({
  options: {
    tenant: { type: "string" },
    export: { type: "string" },
    manifest: { type: "string" },
    keys: { type: "string" },
    "trust-root": { type: "string" },
    digests: { type: "string" },
  },
});

function usage(): never {
  console.error(
    "usage: npm run audit:verify -- --tenant <network slug or id> [--trust-root <jwks.json>] [--digests <dir>]\n" +
      "       npm run audit:verify -- --export <file> [--manifest <file>] [--keys <jwks.json or URL> | --trust-root <jwks.json>]",
  );
  process.exit(2);
}

async function keysFrom(source: string): Promise<Map<string, KeyObject>> {
  const text = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : await readFile(source, "utf8");
  const jwks = JSON.parse(text) as { keys: (Record<string, unknown> & { kid: string })[] };
  return new Map(jwks.keys.map((k) => [k.kid, createPublicKey({ key: k, format: "jwk" })]));
}

const trustRootFile = () => path.resolve(values["trust-root"] ?? trustRootPath());

/** The keys that chain to the trust root, and a line saying so; untrusted keys are named. */
async function trustedKeys(): Promise<KeyTrust> {
  const trust = await loadKeyTrust(db, trustRootFile());
  if (!trust.root.ok) console.log(`FAILED trust root ${trust.root.file}: ${trust.root.reason}`);
  else {
    const endorsed = trust.keys.size - trust.root.keys.size;
    console.log(
      `trust root ${trust.root.file}: ${trust.root.keys.size} pinned, ${endorsed > 0 ? endorsed : 0} endorsed by rotation`,
    );
  }
  for (const w of trust.warnings) console.log(`WARNING ${w}`);
  for (const [kid, why] of trust.untrusted) console.log(`WARNING key ${kid} does not chain to the trust root: ${why}`);
  return trust;
}

async function verifyExport(file: string) {
  const manifest = values.manifest ?? `${file}.manifest.json`;
  const check = async (keys: ReadonlyMap<string, KeyObject>) => {
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
  // No JWKS given: the keys that chain to the trust root, through the deployment's endorsements.
  await withDatabase(async (url) => {
    process.env.DATABASE_URL = url;
    await check((await trustedKeys()).keys);
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
    const trust = await trustedKeys();
    const dir = path.resolve(values.digests ?? digestDir());
    const chain = await verifyAuditChain(db, tenant.id, trust);
    const digests = await verifyAuditDigests(db, tenant.id, { trust, digestDir: dir });
    if (chain.ok)
      console.log(`OK chain ${tenant.slug}: ${chain.events} events, seq ${chain.startSeq}..${chain.headSeq}`);
    else {
      console.log(`FAILED chain ${tenant.slug}: ${chain.reason} (first bad seq ${chain.firstBadSeq})`);
      process.exitCode = 1;
    }
    if (digests.ok) {
      console.log(
        `OK digests ${tenant.slug}: ${digests.digests} signed digests, last at seq ${digests.lastSeq ?? "-"}`,
      );
      console.log(
        `  ${digests.external} matching external copies in ${dir}` +
          (digests.newestAt ? `, the newest of ${digests.newestAt.toISOString()}` : ""),
      );
    } else {
      console.log(`FAILED digests ${tenant.slug}: ${digests.reason} (first bad seq ${digests.firstBadSeq})`);
      for (const r of digests.reasons.slice(1)) console.log(`  also: ${r}`);
      process.exitCode = 1;
    }
    await db.$disconnect();
  });
}

if (values.export) await verifyExport(values.export);
else if (values.tenant) await verifyTenant(values.tenant);
else usage();
