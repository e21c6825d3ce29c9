import { hashApiToken, looksLikeApiToken } from "@/lib/tokens/token-format";
import type { TenantPermission } from "@/lib/rbac/permissions";
import { coalesceReads } from "./coalesce-reads";
import { decisionPool } from "./read-decision-state";

interface TokenRow {
  id: string;
  tenantId: string;
  name: string;
  scopes: string[];
  revokedAt: Date | null;
  expiresAt: Date;
  lastUsedAt: Date | null;
  hash: string;
}

const TOUCH_EVERY_MS = 60_000;

const readTokens = coalesceReads(async (hashes: string[]) => {
  const { rows } = await decisionPool().query<TokenRow>(
    `SELECT id::text, "tenantId"::text AS "tenantId", name, scopes, "revokedAt", "expiresAt", "lastUsedAt", "tokenHash" AS hash
     FROM "ApiToken" WHERE "tokenHash" = ANY($1::text[])`,
    [[...new Set(hashes)]],
  );
  return new Map(rows.map((r) => [r.hash, r]));
});

/**
 * The service port's token check: a token that is valid now, read fresh (in a
 * read shared with concurrent calls), becomes the actor. Null sends the caller
 * to authenticateApiToken, which refuses (and audits) a bad token and records
 * the minute's last use, exactly as the console's API does.
 */
export async function lookupServiceToken(token: string) {
  if (!looksLikeApiToken(token)) return null;
  const hash = hashApiToken(token);
  const row = (await readTokens(hash)).get(hash);
  const now = Date.now();
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) return null;
  return {
    type: "token" as const,
    id: row.id,
    tenantId: row.tenantId,
    name: row.name,
    scopes: new Set(row.scopes as TenantPermission[]),
  };
}
