import { PrismaPg } from "@prisma/adapter-pg";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// The one Prisma client. Embedded and external PostgreSQL take the same path:
// in embedded mode `npm start` runs PostgreSQL on loopback and sets DATABASE_URL.
/**
 * Secret columns, never selected unless a caller asks for one by name
 * (`omit: { privateKeyEnc: false }`). Every encrypted column (`…Enc`) must be
 * here: lib/db.test.ts reads the schema's fields and fails on one that is not.
 */
export const SECRET_COLUMNS = {
  consoleUser: { passwordHash: true, totpSecretEnc: true, inviteTokenHash: true },
  ssoConnection: { clientSecretEnc: true },
  memberSsoConfig: { clientSecretEnc: true },
  signingKey: { privateKeyEnc: true },
  apiToken: { tokenHash: true },
} as const satisfies Prisma.GlobalOmitConfig;

// Typed as the plain client (the transaction client types do not carry the
// omissions): a secret column read without asking for it is undefined at run
// time, which lib/secrets.int.test.ts checks for each of them.
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: Number(process.env.CUSTODIAN_DB_POOL_MAX ?? 5) }),
    omit: SECRET_COLUMNS,
  });
}

const globalForPrisma = globalThis as unknown as { custodianPrisma?: PrismaClient };

function client(): PrismaClient {
  // Next's dev server re-evaluates modules on every change; keep one client per process.
  if (!globalForPrisma.custodianPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the console with `npm start`");
    globalForPrisma.custodianPrisma = createPrismaClient(url);
  }
  return globalForPrisma.custodianPrisma;
}

// Created on first use, not at import: `next build` imports route modules with no database.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value: unknown = Reflect.get(c, prop);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
