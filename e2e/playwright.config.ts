import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { consoleCommand, consoleEnv } from "./fixtures/console-server";

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
  // A two-core CI machine runs two browsers and the production server at once: a page can take seconds.
  timeout: 60_000,
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
        command: consoleCommand,
        cwd: root,
        url: `${baseURL}/api/ready`,
        timeout: 240_000,
        reuseExistingServer: false,
        stdout: "pipe",
        env: consoleEnv(port),
      },
});
