// The production build served on a port of its own for a bench, on the bench's
// scratch database, with fresh secrets and no background jobs.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ensureBuilt } from "@/scripts/ensure-built";
import { serverArgs } from "@/scripts/server-command";

const root = path.resolve(import.meta.dirname, "..");

/** Starts the console's server (scripts/serve.ts) and waits until /api/health answers; `stop` ends it. */
export async function startConsole(url: string, port: number, env: Record<string, string> = {}) {
  const serverEnv = {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    CUSTODIAN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    CUSTODIAN_JOBS: "false",
    NEXT_TELEMETRY_DISABLED: "1",
    ...env,
  };
  ensureBuilt(serverEnv);
  const server = spawn(process.execPath, serverArgs(), { cwd: root, env: serverEnv, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, stop: () => server.kill("SIGTERM") };
}
