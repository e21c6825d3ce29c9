import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// The one Prisma client. Embedded and external PostgreSQL take the same path:
// in embedded mode `npm start` serves PGlite on loopback and sets DATABASE_URL.
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: Number(process.env.CUSTODIAN_DB_POOL_MAX ?? 5) }),
    // Secret columns are never selected unless a caller asks for them by name.
    omit: {
      consoleUser: { passwordHash: true, totpSecretEnc: true, inviteTokenHash: true },
      ssoConnection: { clientSecretEnc: true },
      apiToken: { tokenHash: true },
    },
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
