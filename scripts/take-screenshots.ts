// npm run screenshots — regenerates the README's screenshots: the production
// build (built first if missing) on a fresh demo database (a throwaway one on
// DATABASE_URL's server, or, when it is unset, the console's own embedded
// database in a fresh data directory), photographed by the e2e suite's
// screenshot test, which writes them to e2e/screenshots/.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { createScratchDatabase } from "./test-db/create-scratch-database";

const root = path.resolve(import.meta.dirname, "..");
const run = (cmd: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
  if (run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"]) !== 0) process.exit(1);
}
const dataDir = path.join(root, ".test-data/screenshots-data");
rmSync(dataDir, { recursive: true, force: true });
const database = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, "shots") : null;
let code = 1;
try {
  code = run(
    path.join(root, "node_modules/.bin/playwright"),
    ["test", "--config", "e2e/playwright.config.ts", "--project", "screenshots", "--no-deps", "--reporter", "list"],
    {
      E2E_PORT: process.env.E2E_PORT ?? "3150",
      E2E_DATABASE_URL: database?.url ?? "",
      E2E_DATA_DIR: dataDir,
      E2E_AUTH_SECRET: randomBytes(32).toString("base64url"),
      E2E_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      SCREENSHOT_DIR: path.join(root, "e2e/screenshots"),
    },
  );
} finally {
  await database?.drop();
}
process.exit(code);
