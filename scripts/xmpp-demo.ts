// npm run xmpp:demo — the console and a local ejabberd it governs, in one
// command: Debian's ejabberd on loopback ports (its data in Mnesia, under a
// temporary folder), the console started as `npm start` starts it with the
// connector pointed at that server, each demo network given an XMPP domain, and
// one demo member's account given a password to sign in with from any XMPP
// client. Ctrl-C stops both.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { readConfig } from "@/lib/config/read-config";
import { callEjabberd } from "@/lib/connector/ejabberd/call-ejabberd";
import { memberJid, xmppLocalpart } from "@/lib/connector/ejabberd/xmpp-address";
import { ejabberdInstalled, startEjabberd, TEST_DOMAIN_PARENT } from "@/lib/testing/ejabberd-instance";
import { runningEmbeddedDb } from "./embedded-db";

const root = path.resolve(import.meta.dirname, "..");
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

if (!ejabberdInstalled()) {
  console.error("ejabberd is not installed. On Debian: apt-get install -y ejabberd erlang-p1-pgsql");
  process.exit(1);
}
const config = readConfig();
const ej = await startEjabberd({ serverUrl: null, hosts: [] });
const certificate = path.join(path.dirname(ej.includeFile), "demo-cert.pem");
writeFileSync(certificate, ej.certificate);

const child = spawn(
  process.execPath,
  [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/start.ts")],
  {
    cwd: root,
    env: {
      ...process.env,
      CUSTODIAN_EJABBERD_API_URL: ej.api.url,
      CUSTODIAN_EJABBERD_INCLUDE_FILE: ej.includeFile,
    },
    stdio: "inherit",
  },
);
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
  await ej.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

child.on("exit", (code) => void shutdown(code ?? 1));

// The console's database: DATABASE_URL's, or the embedded one the console has just started.
let url = config.DATABASE_URL ?? null;
for (let i = 0; !url && i < 600; i++) {
  url = runningEmbeddedDb(path.resolve(root, config.CUSTODIAN_DATA_DIR));
  if (!url) await sleep(500);
}
if (!url) {
  console.error("xmpp:demo: the console's database did not start");
  await shutdown(1);
}
const db = new pg.Client({ connectionString: url! });
await db.connect();
// The demo networks, once migrated and seeded by the console, each get a domain under the certificate's name.
let networks: { id: string; slug: string; xmppDomain: string | null }[] = [];
for (let i = 0; i < 600 && networks.length === 0; i++) {
  networks = await db
    .query<{ id: string; slug: string; xmppDomain: string | null }>(
      `SELECT id, slug, "xmppDomain" FROM "Tenant" WHERE "deletedAt" IS NULL AND status = 'active' ORDER BY slug`,
    )
    .then((r) => r.rows)
    .catch(() => []);
  if (networks.length === 0) await sleep(500);
}
for (const n of networks.filter((n) => !n.xmppDomain)) {
  n.xmppDomain = `${n.slug}.${TEST_DOMAIN_PARENT}`;
  await db.query(`UPDATE "Tenant" SET "xmppDomain" = $2, "updatedAt" = now() WHERE id = $1 AND "xmppDomain" IS NULL`, [
    n.id,
    n.xmppDomain,
  ]);
}

// One active member of the first network: once the connector has made their account, it gets a password.
const first = networks[0]!;
const { rows } = await db.query<{ email: string }>(
  `SELECT email FROM "Member" WHERE "tenantId" = $1 AND status = 'active' ORDER BY email LIMIT 1`,
  [first.id],
);
const email = rows[0]!.email;
const user = xmppLocalpart(email);
for (let i = 0; i < 600; i++) {
  const exists = await callEjabberd<number>(ej.api, "check_account", { user, host: first.xmppDomain! }).catch(() => 1);
  if (exists === 0) break;
  await sleep(500);
}
const password = randomBytes(9).toString("base64url");
await callEjabberd(ej.api, "change_password", { user, host: first.xmppDomain!, newpass: password });
await db.end();

console.log(`
ejabberd ${ej.api.url.replace("/api", "")} is governed by the console; demo networks' domains:
${networks.map((n) => `  ${n.slug}: ${n.xmppDomain}`).join("\n")}

Sign in from any XMPP client (STARTTLS, the demo's own certificate):
  address   ${memberJid(email, first.xmppDomain!)}
  password  ${password}
  server    127.0.0.1, port ${ej.c2sPort} (no DNS: set the host and port by hand)
  trust     ${certificate}
Suspend that member in the console and the client is disconnected within seconds. Ctrl-C stops both.
`);
