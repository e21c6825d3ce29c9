"use client";

import { useFormatter, useTranslations } from "next-intl";
import { revokeTokenAction } from "@/lib/actions/tokens/revoke-token-action";
import { Badge } from "@/components/ui/badge";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { card } from "@/components/ui/card";

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: string;
  lastUsedAt: string | null;
  state: "active" | "revoked" | "expired";
}

function RevokeButton({ tenantId, token }: { tenantId: string; token: TokenRow }) {
  const t = useTranslations("tokens");
  return (
    <ConfirmActionButton
      action={revokeTokenAction}
      values={{ tenantId, tokenId: token.id }}
      label={t("revoke")}
      ariaLabel={`${t("revoke")} ${token.name}`}
      confirm={{
        title: t("confirmRevoke.title", { name: token.name }),
        body: t("confirmRevoke.body", { prefix: `cst_${token.prefix}_…` }),
        confirmLabel: t("confirmRevoke.submit"),
        destructive: true,
      }}
    />
  );
}

export function TokensList({
  tenantId,
  canWrite,
  tokens,
}: {
  tenantId: string;
  canWrite: boolean;
  tokens: TokenRow[];
}) {
  const t = useTranslations("tokens");
  const format = useFormatter();
  if (tokens.length === 0)
    return <p className="rounded-lg bg-white p-6 text-sm text-slate-500 ring-1 ring-slate-200">{t("empty")}</p>;
  return (
    <div className={card("overflow-x-auto relative")}>
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            {(["name", "prefix", "scopes", "expiresAt", "lastUsedAt", "status"] as const).map((c) => (
              <th key={c} scope="col" className="px-4 py-2.5">
                {t(`columns.${c}`)}
              </th>
            ))}
            {canWrite && (
              <th scope="col" className="px-4 py-2.5">
                {t("columns.actions")}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((k) => {
            const masked = `cst_${k.prefix}_…`;
            return (
              <tr key={k.id}>
                <td className="px-4 py-2.5 font-medium">{k.name}</td>
                <td className="px-4 py-2.5 font-mono text-slate-600">{masked}</td>
                <td className="px-4 py-2.5 font-mono text-xs text-slate-600">{k.scopes.join(", ")}</td>
                <td className="px-4 py-2.5">{format.dateTime(new Date(k.expiresAt), { dateStyle: "medium" })}</td>
                <td className="px-4 py-2.5">
                  {k.lastUsedAt
                    ? format.dateTime(new Date(k.lastUsedAt), { dateStyle: "medium", timeStyle: "short" })
                    : t("never")}
                </td>
                <td className="px-4 py-2.5">
                  <Badge tone={k.state === "active" ? "green" : k.state === "expired" ? "amber" : "slate"}>
                    {t(k.state)}
                  </Badge>
                </td>
                {canWrite && (
                  <td className="px-4 py-2.5">
                    {k.state !== "revoked" && <RevokeButton tenantId={tenantId} token={k} />}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
