import { getTranslations } from "next-intl/server";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokensList } from "@/components/tokens/tokens-list";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { TOKEN_SCOPES } from "@/lib/rbac/permissions";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

export default async function TokensPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const { ctx } = await requireCurrentUser();
  const tokens = await runPage(listApiTokens, ctx, { tenantId });
  const t = await getTranslations("tokens");
  const canWrite = allows(ctx, createApiToken, tenantId);
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      {canWrite && <CreateTokenForm tenantId={tenantId} scopes={[...TOKEN_SCOPES]} />}
      <TokensList
        tenantId={tenantId}
        canWrite={canWrite}
        tokens={tokens.map((k) => ({
          id: k.id,
          name: k.name,
          prefix: k.prefix,
          scopes: k.scopes,
          expiresAt: k.expiresAt.toISOString(),
          lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
          state: k.state,
        }))}
      />
    </div>
  );
}
