import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/rbac/actor";
import type { TenantPermission } from "@/lib/rbac/permissions";
import { hashApiToken, looksLikeApiToken } from "./token-format";

const TOUCH_EVERY_MS = 60_000;

/**
 * The actor for a bearer token, or null. A revoked or expired token is refused
 * and the refusal is audited in its tenant's chain; an unknown one on the
 * platform chain (never with the token itself).
 */
export async function authenticateApiToken(
  token: string,
  request: RequestMeta,
): Promise<Extract<Actor, { type: "token" }> | null> {
  const row = looksLikeApiToken(token)
    ? await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } })
    : null;
  const now = new Date();
  const reason = !row ? "unknown token" : row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : null;
  if (reason) {
    await db.$transaction((tx) =>
      appendAuditEvent(tx, {
        tenantId: row?.tenantId ?? PLATFORM_CHAIN,
        action: "token.denied",
        outcome: "denied",
        actor: { type: "token", id: row?.id, label: row ? `token:${row.name}` : "unknown token" },
        target: row ? { type: "api_token", id: row.id } : undefined,
        request,
        changes: { after: { reason } },
      }),
    );
    return null;
  }
  if (!row!.lastUsedAt || now.getTime() - row!.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.apiToken.update({
      where: { tenantId_id: { tenantId: row!.tenantId, id: row!.id } },
      data: { lastUsedAt: now },
    });
  }
  return {
    type: "token",
    id: row!.id,
    tenantId: row!.tenantId,
    name: row!.name,
    scopes: new Set(row!.scopes as TenantPermission[]),
  };
}
