// Generates the Prisma client into lib/generated/prisma when schema.prisma has
// changed since the last generation, and the operation registry
// (lib/generated/operations.ts) from lib/. Client generation is WebAssembly, but the
// CLI looks for the native schema engine at start-up and would download it;
// pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateRegistry } from "./generate-registry";

const root = path.resolve(import.meta.dirname, "..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const stampPath = path.join(root, "lib/generated/prisma/.schema-hash");
const schemaHash = createHash("sha256").update(readFileSync(schemaPath)).digest("hex");

export function generateClient(force = false): void {
  // The operation registry is generated too, every time (it is cheap): a new operation file needs no other change.
  generateRegistry();
  if (!force && existsSync(stampPath) && readFileSync(stampPath, "utf8") === schemaHash) return;
  const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schemaPath], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? schemaPath,
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  writeFileSync(stampPath, schemaHash);
}

if (import.meta.url === `file://${process.argv[1]}`) generateClient(process.argv.includes("--force"));
