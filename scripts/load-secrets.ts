import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface Secrets {
  NEXTAUTH_SECRET: string;
  CUSTODIAN_ENCRYPTION_KEY: string;
}

/**
 * Secrets from the environment, or (for a zero-configuration demo) generated once
 * and kept in the data folder with owner-only permissions. Production sets both
 * variables; the console says so when it falls back.
 */
export function loadSecrets(dataDir: string, env: Partial<Secrets>): { secrets: Secrets; generated: boolean } {
  if (env.NEXTAUTH_SECRET && env.CUSTODIAN_ENCRYPTION_KEY) {
    return {
      secrets: { NEXTAUTH_SECRET: env.NEXTAUTH_SECRET, CUSTODIAN_ENCRYPTION_KEY: env.CUSTODIAN_ENCRYPTION_KEY },
      generated: false,
    };
  }
  const file = path.join(dataDir, "secrets.json");
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8")) as Partial<Secrets>;
  const secrets: Secrets = {
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? stored.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
    CUSTODIAN_ENCRYPTION_KEY:
      env.CUSTODIAN_ENCRYPTION_KEY ?? stored.CUSTODIAN_ENCRYPTION_KEY ?? randomBytes(32).toString("base64"),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return { secrets, generated: true };
}
