// npm start — the whole console in one command: generate the client, start the
// embedded database when DATABASE_URL is unset, migrate, seed the demo once,
// build if needed, and serve. `npm run dev` does the same with `next dev`.
import { spawn } from "node:child_process";
import path from "node:path";
import { ConfigError, readConfig } from "@/lib/config/read-config";
import { DataDirInUseError, type EmbeddedDb, startEmbeddedDb } from "./embedded-db";
import { ensureBuilt } from "./ensure-built";
import { generateClient } from "./generate-client";
import { loadSecrets } from "./load-secrets";
import { serverArgs } from "./server-command";
import { applyMigrations } from "./schema-engine/apply-migrations";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let config;
try {
  config = readConfig();
} catch (err) {
  if (err instanceof ConfigError) fail(err.message);
  throw err;
}

generateClient();

let embedded: EmbeddedDb | undefined;
let databaseUrl = config.DATABASE_URL;
if (!databaseUrl) {
  try {
    embedded = await startEmbeddedDb({
      dataDir: path.resolve(root, config.CUSTODIAN_DATA_DIR),
      port: config.CUSTODIAN_EMBEDDED_DB_PORT,
    });
  } catch (err) {
    if (err instanceof DataDirInUseError) fail(err.message);
    throw err;
  }
  databaseUrl = embedded.url;
  console.log(
    `Embedded PostgreSQL in ${config.CUSTODIAN_DATA_DIR}/postgres (loopback only) — for evaluation and small organizations.`,
  );
}

const { secrets, generated } = loadSecrets(path.resolve(root, config.CUSTODIAN_DATA_DIR), {
  NEXTAUTH_SECRET: config.NEXTAUTH_SECRET,
  CUSTODIAN_ENCRYPTION_KEY: config.CUSTODIAN_ENCRYPTION_KEY,
});
if (generated && config.DATABASE_URL) {
  console.warn(
    `NEXTAUTH_SECRET / CUSTODIAN_ENCRYPTION_KEY not set: using generated ones kept in ${config.CUSTODIAN_DATA_DIR}/secrets.json. Set both in production.`,
  );
}

const applied = await applyMigrations(databaseUrl);
if (applied.length) console.log(`Applied ${applied.length} migration(s).`);

process.env.DATABASE_URL = databaseUrl;
let seeded = false;
if (config.CUSTODIAN_SEED_DEMO) {
  const { seedDemo } = await import("@/prisma/seed");
  seeded = (await seedDemo()) === "seeded";
  if (seeded) console.log("Seeded the demo organization.");
  const { db } = await import("@/lib/db");
  await db.$disconnect();
}

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  ...secrets,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
if (!dev) ensureBuilt(childEnv);

const server = spawn(process.execPath, serverArgs(dev), {
  cwd: root,
  env: { ...childEnv, PORT: String(config.PORT), HOSTNAME: config.HOSTNAME },
  stdio: "inherit",
});

const url = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
void (async () => {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${config.PORT}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      console.log(`\nCustodian is ready at ${url}`);
      if (config.CUSTODIAN_SEED_DEMO) {
        // The password itself stays out of the log: logs travel further than the environment.
        const where = process.env.CUSTODIAN_DEMO_PASSWORD
          ? "the password set in CUSTODIAN_DEMO_PASSWORD"
          : "the demo password (README, Demo accounts; set your own in CUSTODIAN_DEMO_PASSWORD)";
        console.log(`Sign in as operator@custodian.test with ${where}; other demo accounts: see README.\n`);
      }
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
})();

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server.exitCode === null) server.kill("SIGTERM");
  await embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
server.on("exit", (code) => void shutdown(code ?? 0));
