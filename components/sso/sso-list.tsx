"use client";

import { useTranslations } from "next-intl";
import { deleteSsoAction } from "@/lib/actions/sso/delete-sso-action";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { card } from "@/components/ui/card";

interface Row {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  callback: string;
  mappings: number;
}

function DeleteButton({ row }: { row: Row }) {
  const t = useTranslations("sso");
  return (
    <ConfirmActionButton
      action={deleteSsoAction}
      values={{ connectionId: row.id }}
      label={t("delete")}
      ariaLabel={`${t("delete")} ${row.name}`}
      confirm={{
        title: t("confirmDelete.title", { name: row.name }),
        body: t("confirmDelete.body", { issuer: row.issuer }),
        confirmLabel: t("confirmDelete.submit"),
        destructive: true,
      }}
    />
  );
}

export function SsoList({ connections }: { connections: Row[] }) {
  const t = useTranslations("sso");
  if (connections.length === 0)
    return <p className="rounded-lg bg-white p-6 text-sm text-slate-500 ring-1 ring-slate-200">{t("empty")}</p>;
  return (
    <div className={card("overflow-x-auto relative")}>
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            {(["name", "issuer", "clientId", "callback", "mappings", "actions"] as const).map((c) => (
              <th key={c} scope="col" className="px-4 py-2.5">
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {connections.map((c) => (
            <tr key={c.id}>
              <td className="px-4 py-2.5 font-medium">{c.name}</td>
              <td className="px-4 py-2.5 font-mono text-xs">{c.issuer}</td>
              <td className="px-4 py-2.5 font-mono text-xs">{c.clientId}</td>
              <td className="px-4 py-2.5 font-mono text-xs break-all">{c.callback}</td>
              <td className="px-4 py-2.5 tabular-nums">{c.mappings}</td>
              <td className="px-4 py-2.5">
                <DeleteButton row={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
