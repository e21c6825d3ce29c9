"use client";

import { useTranslations } from "next-intl";
import { bulkMemberAction } from "@/app/(console)/tenants/[tenantId]/members/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";

export interface Allowed {
  suspend: boolean;
  reactivate: boolean;
  resetDevices: boolean;
  deactivate: boolean;
  reinvite: boolean;
  delete: boolean;
  move: boolean;
}

const ACTIONS = ["suspend", "reactivate", "resetDevices", "deactivate", "reinvite", "delete"] as const;

export function BulkBar({
  tenantId,
  memberIds,
  filter,
  count,
  groups,
  allowed,
}: {
  tenantId: string;
  memberIds: string[];
  filter: Record<string, unknown> | null;
  count: number;
  groups: { id: string; name: string }[];
  allowed: Allowed;
}) {
  const t = useTranslations("members.bulk");
  const [state, onSubmit, pending] = useFormAction(bulkMemberAction);
  const result = state?.ok ? (state.value as { changed?: number; moved?: number; skipped?: number }) : null;
  return (
    <div className="space-y-2">
      <form
        onSubmit={onSubmit}
        className="flex flex-wrap items-center gap-2 rounded-lg bg-brand-50 p-3 ring-1 ring-brand-100"
        aria-label={t("suspend")}
      >
        <input type="hidden" name="tenantId" value={tenantId} />
        {filter ? (
          <input type="hidden" name="filter" value={JSON.stringify(filter)} />
        ) : (
          memberIds.map((id) => <input key={id} type="hidden" name="memberIds" value={id} />)
        )}
        {ACTIONS.filter((a) => allowed[a]).map((a) => (
          <Button
            key={a}
            type="submit"
            name="action"
            value={a}
            variant="secondary"
            disabled={pending}
            onClick={(e) => {
              if (!window.confirm(t("confirm", { action: t(a), count }))) e.preventDefault();
            }}
          >
            {t(a)}
          </Button>
        ))}
        {allowed.move && !filter && groups.length > 0 && (
          <span className="flex items-center gap-2">
            <Select name="groupId" aria-label={t("moveTo")} className="w-44 py-1.5">
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </Select>
            <Button type="submit" name="action" value="move" variant="secondary" disabled={pending}>
              {t("move")}
            </Button>
          </span>
        )}
      </form>
      <FormMessage state={state?.ok ? null : state} />
      {result && (
        <p role="status" className="text-sm text-emerald-700">
          {t("done", { changed: result.changed ?? result.moved ?? 0, skipped: result.skipped ?? 0 })}
        </p>
      )}
    </div>
  );
}
