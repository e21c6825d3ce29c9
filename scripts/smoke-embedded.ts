// npm run test:embedded — the zero-configuration path, as a new user meets it:
// `npm start` with no DATABASE_URL starts PGlite, migrates, seeds and serves; a
// Playwright smoke test signs in; a second console on the same data folder is
// refused with one line; after a restart the data is still there.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "custodian-smoke-"));
const port = 3200;
const baseEnv = { ...process.env, DATABASE_URL: "", CUSTODIAN_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" };
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
let passed = 0;
let failed = 0;

function check(name: string, ok: boolean, detail = "") {
  console.log(`${ok ? "✔" : "✘"} ${name}${detail ? ` — ${detail}` : ""}`);
  if (ok) passed++;
  else failed++;
}

async function startConsole(): Promise<{ child: ChildProcess; output: () => string }> {
  let output = "";
  const child = spawn(process.execPath, [tsx, "scripts/start.ts"], {
    cwd: root,
    env: { ...baseEnv, PORT: String(port) },
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  for (let i = 0; i < 960; i++) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`).then(
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

function runSmokeSpecs(): boolean {
  const r = spawnSync(
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
    {
      cwd: root,
      stdio: "inherit",
      env: { ...baseEnv, E2E_BASE_URL: `http://localhost:${port}` },
    },
  );
  return r.status === 0;
}

const first = await startConsole();
check("first start migrates and seeds the embedded database", /Seeded the demo organization/.test(first.output()));
check("smoke tests pass on the embedded database", runSmokeSpecs());

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
check("smoke tests pass after the restart", runSmokeSpecs());
await stopConsole(restarted.child);

console.log(`embedded: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
