// npm run test:embedded — the zero-configuration path, as a new user meets it,
// and as it is then used: `npm start` with no DATABASE_URL starts the embedded
// PostgreSQL, migrates, seeds and serves; a Playwright smoke test signs in;
// 10 API clients and a browser work at once for two minutes with no error; a
// network with 1,000,000 audit events is exported, verified beside the running
// console, and trimmed by a retention run; a second console on the same data
// folder is refused with one line; after a restart the data is still there.
// SMOKE_LOAD_SECONDS (default 120) and SMOKE_EVENTS (default 1,000,000) scale it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { newApiToken } from "@/lib/tokens/token-format";
import { seedAuditChain } from "@/lib/testing/seed-audit-chain";
import { runningEmbeddedDb } from "./embedded-db";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "custodian-smoke-"));
const port = Number(process.env.SMOKE_PORT ?? 3250);
const base = `http://127.0.0.1:${port}`;
const loadSeconds = Number(process.env.SMOKE_LOAD_SECONDS ?? 120);
const events = Number(process.env.SMOKE_EVENTS ?? 1_000_000);
const baseEnv = {
  ...process.env,
  DATABASE_URL: "",
  CUSTODIAN_DATA_DIR: dataDir,
  NEXT_TELEMETRY_DISABLED: "1",
  // This run measures what the embedded database serves, not the per-token limit (which has its own test):
  // ten clients on a fast machine exceed 600 requests a minute each.
  CUSTODIAN_API_RATE_LIMIT: "1000000",
};
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
let passed = 0;
let failed = 0;

function check(name: string, ok: boolean, detail = "") {
  console.log(`${ok ? "✔" : "✘"} ${name}${detail ? ` — ${detail}` : ""}`);
  if (ok) passed++;
  else failed++;
}

/** An error with its cause (fetch's "fetch failed" says nothing without it). */
const why = (err: unknown) =>
  `${(err as Error).message}${(err as Error).cause ? ` (${String((err as Error).cause)})` : ""}`;

const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

async function startConsole(): Promise<{ child: ChildProcess; output: () => string }> {
  let output = "";
  const child = spawn(process.execPath, [tsx, "scripts/start.ts"], {
    cwd: root,
    env: { ...baseEnv, PORT: String(port) },
  });
  // Kept beside the data, to read when a check fails.
  const log = createWriteStream(path.join(dataDir, "console.log"), { flags: "a" });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()) && log.write(d));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()) && log.write(d));
  for (let i = 0; i < 960; i++) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(`${base}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, output: () => output };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`the console did not become ready:\n${output}`);
}

function stopConsole(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.on("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Playwright's smoke project against the running console, to its exit code; E2E_BROWSE_SECONDS keeps a browser browsing. */
function smokeSpecs(env: Record<string, string> = {}): Promise<number> {
  const child = spawn(
    process.execPath,
    [
      path.join(root, "node_modules/@playwright/test/cli.js"),
      "test",
      "--config",
      "e2e/playwright.config.ts",
      "--project",
      "smoke",
      "--reporter",
      "list",
    ],
    { cwd: root, stdio: "inherit", env: { ...baseEnv, E2E_BASE_URL: `http://localhost:${port}`, ...env } },
  );
  // Listened for at once: a run that fails early has exited before anyone awaits it.
  return new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

/**
 * A one-shot command beside the running console. Asynchronous: spawnSync would
 * block the event loop, and fetch would then reuse a keep-alive connection the
 * console closed meanwhile ("other side closed").
 */
function cli(args: string[]): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, ...args], { cwd: root, env: baseEnv });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.once("exit", (code) => resolve({ status: code ?? 1, out: out.trim() }));
  });
}

const first = await startConsole();
check("first start migrates and seeds the embedded database", /Seeded the demo organization/.test(first.output()));
check(
  "the demo password is not printed",
  !first.output().includes(process.env.CUSTODIAN_DEMO_PASSWORD || "custodian-demo"),
);
check("smoke tests pass on the embedded database", (await smokeSpecs()) === 0);

// One-shot commands reach the running console's database.
const url = runningEmbeddedDb(dataDir);
check("the running console's database is found by one-shot commands", url !== null);
const sql = new pg.Client({ connectionString: url! });
await sql.connect();

// A network of its own for the million events, and tokens for the clients.
const {
  rows: [network],
} = await sql.query<{ id: string }>(
  `INSERT INTO "Tenant" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'smoke-audit', 'Smoke audit', now()) RETURNING id`,
);
await sql.query(
  `INSERT INTO "SecurityGroup" ("tenantId", id, name, "isDefault", settings, "updatedAt") VALUES ($1, gen_random_uuid(), 'Default', true, '{}', now())`,
  [network!.id],
);
const { rows: tenants } = await sql.query<{ id: string }>(`SELECT id FROM "Tenant" WHERE slug <> 'smoke-audit'`);
async function token(tenantId: string, scopes: string[]): Promise<string> {
  const t = newApiToken();
  await sql.query(
    `INSERT INTO "ApiToken" ("tenantId", id, name, prefix, "tokenHash", scopes, "expiresAt") VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, now() + interval '1 day')`,
    [tenantId, `smoke ${t.prefix}`, t.prefix, t.hash, scopes],
  );
  return t.token;
}
const clients = await Promise.all(
  Array.from({ length: 10 }, async (_, i) => {
    const tenantId = tenants[i % tenants.length]!.id;
    return { tenantId, token: await token(tenantId, ["tenants.read", "members.read", "groups.read", "audit.read"]) };
  }),
);

let t0 = performance.now();
const head = await seedAuditChain(url!, network!.id, events, {
  // Most of them older than the year the retention run below keeps.
  from: new Date(Date.now() - 3 * 365 * 86_400_000),
  to: new Date(Date.now() - 86_400_000),
});
check(`${events.toLocaleString("en-US")} audit events written`, head.seq === BigInt(events), seconds(t0));
// A console signs a digest of every chain hourly and at start; this chain was written behind its back, so sign
// one now, as the next scheduled run would (a chain without digests fails verification once it is old).
{
  // The console's generated secrets (none when the environment gave them).
  const file = path.join(dataDir, "secrets.json");
  const secrets = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
  Object.assign(process.env, secrets, { DATABASE_URL: url!, CUSTODIAN_DATA_DIR: dataDir });
  const { writeAuditDigest } = await import("@/lib/audit/digests/write-audit-digests");
  await writeAuditDigest(network!.id);
  const { db } = await import("@/lib/db");
  await db.$disconnect();
}

// 10 API clients and a browser, at once, for the whole window.
t0 = performance.now();
const stopAt = Date.now() + loadSeconds * 1000;
const browser = smokeSpecs({ E2E_BROWSE_SECONDS: String(loadSeconds) });
const paths = (tenantId: string) => [
  `/api/v1/tenants/${tenantId}`,
  `/api/v1/tenants/${tenantId}/members?pageSize=50`,
  `/api/v1/tenants/${tenantId}/groups`,
  `/api/v1/tenants/${tenantId}/audit-events?pageSize=50`,
];
const tally = { ok: 0, errors: [] as string[] };
await Promise.all(
  clients.map(async ({ tenantId, token: t }, i) => {
    for (let n = i; Date.now() < stopAt; n++) {
      const p = paths(tenantId)[n % 4]!;
      try {
        const res = await fetch(`${base}${p}`, {
          headers: { authorization: `Bearer ${t}` },
          signal: AbortSignal.timeout(60_000),
        });
        await res.arrayBuffer();
        if (res.ok) tally.ok++;
        else tally.errors.push(`${res.status} ${p}`);
      } catch (err) {
        tally.errors.push(`${(err as Error).message} ${p}`);
      }
    }
  }),
);
const browsed = await browser;
check(
  `10 API clients for ${loadSeconds} s: no request fails`,
  tally.errors.length === 0 && tally.ok > 0,
  `${tally.ok} ok (${(tally.ok / loadSeconds).toFixed(1)}/s), ${tally.errors.length} failed${tally.errors.length ? `: ${[...new Set(tally.errors)].slice(0, 5).join("; ")}` : ""}`,
);
check("a browser browsed the console meanwhile without an error", browsed === 0, seconds(t0));

// The million events exported through the API, and verified offline against the published keys.
const auditor = await token(network!.id, [
  "audit.read",
  "audit.export",
  "audit.verify",
  "retention.read",
  "retention.write",
]);
const api = async (method: string, p: string, body?: unknown) => {
  const res = await fetch(`${base}/api/v1/tenants/${network!.id}${p}`, {
    method,
    headers: { authorization: `Bearer ${auditor}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
};
async function until<T>(what: string, read: () => Promise<T>, done: (v: T) => boolean, limitS = 900): Promise<T> {
  const end = Date.now() + limitS * 1000;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > end) throw new Error(`${what} did not finish within ${limitS} s: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}
t0 = performance.now();
try {
  const started = await api("POST", "/audit-exports", { format: "csv" });
  const exportId = String(started.id ?? started.exportId);
  const finished = await until(
    "the export",
    () => api("GET", `/audit-exports/${exportId}`),
    (e) => e.status === "completed" || e.status === "failed",
  );
  check(
    `an export of ${events.toLocaleString("en-US")} events completes`,
    finished.status === "completed",
    `${seconds(t0)}, ${String(finished.status)}${finished.error ? `: ${String(finished.error)}` : ""}`,
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), "custodian-smoke-export-"));
  for (const part of ["file", "manifest"]) {
    const res = await fetch(`${base}/api/v1/tenants/${network!.id}/audit-exports/${exportId}/${part}`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    writeFileSync(path.join(dir, part), Buffer.from(await res.arrayBuffer()));
  }
  writeFileSync(path.join(dir, "jwks.json"), await (await fetch(`${base}/.well-known/jwks.json`)).text());
  t0 = performance.now();
  const verified = await cli([
    "scripts/verify-audit.ts",
    "--export",
    path.join(dir, "file"),
    "--manifest",
    path.join(dir, "manifest"),
    "--keys",
    path.join(dir, "jwks.json"),
  ]);
  check(
    "the export verifies offline against the published keys",
    verified.status === 0,
    `${seconds(t0)}: ${verified.out}`,
  );
} catch (err) {
  check(`an export of ${events.toLocaleString("en-US")} events completes`, false, why(err));
}

t0 = performance.now();
const chain = await cli(["scripts/verify-audit.ts", "--tenant", "smoke-audit"]);
check(
  "audit:verify checks the chain while the console runs",
  chain.status === 0,
  `${seconds(t0)}: ${chain.out.split("\n")[0]}`,
);

// Retention trims the log to a year: most of the million go, the chain still verifies.
t0 = performance.now();
try {
  await api("PUT", "/retention/metadata", {
    deactivatedMemberDays: null,
    staleDeviceDays: null,
    auditRetentionDays: 365,
    confirmPurge: true,
  });
  const run = await api("POST", "/retention/runs", {});
  const runId = String(run.runId);
  const done = await until(
    "the retention run",
    async () => ((await api("GET", "/retention/runs")).rows as Record<string, unknown>[]).find((r) => r.id === runId),
    (r) => r?.status === "completed" || r?.status === "failed",
  );
  const {
    rows: [left],
  } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "tenantId" = $1`, [
    network!.id,
  ]);
  check(
    "a retention run trims the audit log",
    done?.status === "completed" && left!.n < events / 2,
    `${seconds(t0)}, ${String(done?.status)}: ${(events - left!.n).toLocaleString("en-US")} events trimmed, ${left!.n.toLocaleString("en-US")} kept`,
  );
  const after = await cli(["scripts/verify-audit.ts", "--tenant", "smoke-audit"]);
  check("the trimmed chain still verifies", after.status === 0, after.out.split("\n")[0]);
} catch (err) {
  check("a retention run trims the audit log", false, why(err));
}
await sql.end();

const second = spawnSync(process.execPath, [tsx, "scripts/start.ts"], {
  cwd: root,
  env: { ...baseEnv, PORT: String(port + 1) },
  encoding: "utf8",
});
const lines = second.stderr.trim().split("\n");
check(
  "a second console on the same data folder gets one clear line",
  second.status === 1 && lines.length === 1 && /already in use by process/.test(lines[0] ?? ""),
  lines.join(" | "),
);
await stopConsole(first.child);

const restarted = await startConsole();
check("a restart keeps the data (no second seed)", !/Seeded the demo organization/.test(restarted.output()));
check("smoke tests pass after the restart", (await smokeSpecs()) === 0);
await stopConsole(restarted.child);

console.log(`embedded: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
