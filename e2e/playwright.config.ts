import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100);
// E2E_BASE_URL points the suite at a console that is already running (the
// embedded smoke run in .ci/run); otherwise Playwright starts the production build.
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://localhost:${port}`;
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: ".",
  outputDir: path.join(root, "test-results"),
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: chromium,
      // Without these Chromium keeps trying to reach Google's services, which a
      // closed network refuses at every start.
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "api", testMatch: /api\/.*\.spec\.ts/, dependencies: ["setup"] },
    { name: "ui", testMatch: /ui\/.*\.spec\.ts/, dependencies: ["setup"] },
    // The README's screenshots, last (they show the demo data, not the tests' work, when run alone by
    // `npm run screenshots`, which skips the dependencies).
    { name: "screenshots", testMatch: /screenshots\/.*\.spec\.ts/, dependencies: ["api", "ui"] },
    // The embedded-database run (npm run test:embedded) uses only this project.
    { name: "smoke", testMatch: [/smoke\/.*\.spec\.ts/, /api\/health\.spec\.ts/] },
  ],
  webServer: external
    ? undefined
    : {
        command: `node ${path.join(root, "node_modules/tsx/dist/cli.mjs")} ${path.join(root, "scripts/start.ts")}`,
        cwd: root,
        url: `${baseURL}/api/ready`,
        timeout: 240_000,
        reuseExistingServer: false,
        stdout: "pipe",
        env: {
          PORT: String(port),
          DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
          CUSTODIAN_DATA_DIR: process.env.E2E_DATA_DIR ?? path.join(root, ".test-data/e2e-data"),
          NEXTAUTH_SECRET: process.env.E2E_AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
          CUSTODIAN_ENCRYPTION_KEY: process.env.E2E_ENCRYPTION_KEY ?? "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
          NEXT_TELEMETRY_DISABLED: "1",
          // Every browser in the suite signs in from 127.0.0.1; the per-address
          // limit has its own integration test.
          CUSTODIAN_SIGNIN_RATE_LIMIT: "10000",
          // The fuzz test sends ~1,500 requests with one token; the limit itself has its integration test.
          CUSTODIAN_API_RATE_LIMIT: "1000000",
          // The member-SSO test runs its OpenID provider on http://localhost.
          CUSTODIAN_ALLOW_HTTP_ISSUERS: "true",
        },
      },
});
