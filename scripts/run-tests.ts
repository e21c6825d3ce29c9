// npm test — every check in one command, with a summary at the end:
// typecheck, lint, unit tests, integration tests on a throwaway database, the
// production build, and Playwright end-to-end tests in Chromium against it.
// Databases: a fresh database per run on DATABASE_URL's server, or in-memory
// a throwaway embedded PostgreSQL cluster when DATABASE_URL is unset.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { generateClient } from "./generate-client";
import { applyMigrations } from "./schema-engine/apply-migrations";
import { createScratchDatabase, type ScratchDatabase } from "./test-db/create-scratch-database";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, ".test-data");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const serverUrl = process.env.DATABASE_URL || undefined;
const only = process.argv.slice(2); // e.g. `npm test -- unit integration`

interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
  passed: number;
  failed: number;
  note?: string;
}
const results: StepResult[] = [];

function run(cmd: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

async function step(
  name: string,
  work: () => Promise<{ ok: boolean; passed?: number; failed?: number; note?: string }>,
): Promise<boolean> {
  if (only.length && !only.includes(name)) return true;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  let result: { ok: boolean; passed?: number; failed?: number; note?: string };
  try {
    result = await work();
  } catch (err) {
    result = { ok: false, note: err instanceof Error ? err.message : String(err) };
  }
  results.push({
    name,
    ok: result.ok,
    seconds: (Date.now() - started) / 1000,
    passed: result.passed ?? 0,
    failed: result.failed ?? (result.ok ? 0 : 1),
    note: result.note,
  });
  return result.ok;
}

function vitestCounts(file: string) {
  if (!existsSync(file)) return { passed: 0, failed: 1, note: "no report written" };
  const r = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numTotalTests === 0 ? 1 : 0) };
}

generateClient();
const nodeEnv = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

await step("typecheck", async () => ({ ok: (await run(bin("tsc"), ["--noEmit"])) === 0 }));
await step("lint", async () => ({
  ok:
    (await run(bin("eslint"), [".", "--max-warnings", "0"])) === 0 &&
    (await run(bin("prettier"), ["--check", "."])) === 0,
}));

await step("unit", async () => {
  const report = path.join(outDir, "unit.json");
  const code = await run(bin("vitest"), [
    "run",
    "--config",
    "scripts/vitest.config.ts",
    "--project",
    "unit",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  const counts = vitestCounts(report);
  return { ok: code === 0 && counts.failed === 0, ...counts };
});

await step("integration", async () => {
  const database = await createScratchDatabase(serverUrl, "it");
  try {
    await applyMigrations(database.url);
    const report = path.join(outDir, "integration.json");
    const code = await run(
      bin("vitest"),
      [
        "run",
        "--config",
        "scripts/vitest.config.ts",
        "--project",
        "integration",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${report}`,
      ],
      {
        DATABASE_URL: database.url,
        CUSTODIAN_TEST_SERVER_URL: serverUrl ?? "",
        // The run's own files: exports, the audit trust root and the digests' external copies
        // belong with its throwaway database, not with the demo's .data/.
        CUSTODIAN_DATA_DIR: path.join(outDir, "it-data"),
        CUSTODIAN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      },
    );
    const counts = vitestCounts(report);
    return { ok: code === 0 && counts.failed === 0, ...counts };
  } finally {
    await database.drop();
  }
});

const built = await step("build", async () => ({
  ok: (await run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], nodeEnv)) === 0,
}));

await step("e2e", async () => {
  if (!built) return { ok: false, note: "skipped: the build failed" };
  let database: ScratchDatabase | undefined;
  try {
    database = await createScratchDatabase(serverUrl, "e2e");
    const report = path.join(outDir, "e2e.json");
    const code = await run(bin("playwright"), ["test", "--config", "e2e/playwright.config.ts"], {
      ...nodeEnv,
      E2E_DATABASE_URL: database.url,
      E2E_DATA_DIR: path.join(outDir, "e2e-data"),
      E2E_AUTH_SECRET: randomBytes(32).toString("base64url"),
      E2E_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    });
    if (!existsSync(report)) return { ok: false, note: "no Playwright report written" };
    const stats = (
      JSON.parse(readFileSync(report, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } }
    ).stats;
    const failed = stats.unexpected + (stats.expected + stats.flaky === 0 ? 1 : 0);
    return { ok: code === 0 && failed === 0, passed: stats.expected + stats.flaky, failed };
  } finally {
    await database?.drop();
  }
});

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log("\n━━ summary ━━");
for (const r of results) {
  const counts = `${r.passed} passed, ${r.failed} failed`;
  console.log(
    `${r.ok ? "✔" : "✘"} ${r.name.padEnd(12)} ${counts.padEnd(22)} ${r.seconds.toFixed(1).padStart(6)}s${r.note ? `  ${r.note}` : ""}`,
  );
}
console.log(
  `database: ${serverUrl ? `throwaway databases on ${new URL(serverUrl).host}` : "a throwaway embedded PostgreSQL cluster"}`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
