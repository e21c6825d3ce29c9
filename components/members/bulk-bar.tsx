"use client";

import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useState } from "react";
import { toast } from "sonner";
import { bulkMemberAction } from "@/lib/actions/members/bulk-member-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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
type Action = (typeof ACTIONS)[number];
const NAMED_AT_MOST = 10;

/**
 * Acts on the picked members, or on all that match the filter. Each action is
 * confirmed in a dialog that names what it acts on (the members, or the
 * filter's terms); after a success the selection is handed back (`onDone`), so
 * nothing stays selected that the list may no longer show.
 */
export function BulkBar({
  tenantId,
  memberIds,
  names,
  filter,
  filterTerms,
  count,
  groups,
  allowed,
  onDone,
}: {
  tenantId: string;
  memberIds: string[];
  /** The picked members' names, in the order picked. */
  names: string[];
  filter: Record<string, unknown> | null;
  /** The filter as the reader sees it ("Status: Suspended"), when acting on all matching. */
  filterTerms: string[];
  count: number;
  groups: { id: string; name: string }[];
  allowed: Allowed;
  onDone: () => void;
}) {
  const t = useTranslations("members.bulk");
  const [state, onSubmit, pending] = useFormAction(bulkMemberAction);
  const [asking, setAsking] = useState<Action | null>(null);
  const finished = useEffectEvent((r: { changed?: number; moved?: number; skipped?: number }) => {
    toast.success(t("done", { changed: r.changed ?? r.moved ?? 0, skipped: r.skipped ?? 0 }));
    onDone();
  });
  useEffect(() => {
    // Each submit yields a new state object, so each success is announced once.
    if (state?.ok) finished(state.value as { changed?: number; moved?: number; skipped?: number });
  }, [state]);
  const fieldErrors = state && !state.ok ? Object.values(state.fieldErrors ?? {}).flat() : [];
  return (
    <div className="space-y-2">
      <form
        onSubmit={(e) => {
          setAsking(null);
          onSubmit(e);
        }}
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
          <Button key={a} type="button" variant="secondary" disabled={pending} onClick={() => setAsking(a)}>
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
        <ConfirmDialog
          open={asking !== null}
          title={asking ? t("confirm", { action: t(asking), count }) : ""}
          confirmLabel={asking ? t("confirmSubmit", { action: t(asking), count }) : ""}
          cancelLabel={t("cancel")}
          destructive={asking === "delete"}
          confirmProps={{ type: "submit", name: "action", value: asking ?? "", disabled: pending }}
          onClose={() => setAsking(null)}
        >
          {filter ? (
            <>
              <p>{t("matching", { count })}</p>
              <ul className="list-inside list-disc">
                {(filterTerms.length ? filterTerms : [t("everyone")]).map((term) => (
                  <li key={term}>{term}</li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p>{t("picked")}</p>
              <ul className="list-inside list-disc">
                {names.slice(0, NAMED_AT_MOST).map((name, i) => (
                  <li key={`${i}-${name}`}>{name}</li>
                ))}
              </ul>
              {names.length > NAMED_AT_MOST && <p>{t("more", { count: names.length - NAMED_AT_MOST })}</p>}
            </>
          )}
          {asking === "delete" && <p className="font-medium text-red-700">{t("deleteWarning")}</p>}
        </ConfirmDialog>
      </form>
      <FormMessage state={state?.ok ? null : state} />
      {fieldErrors.length > 0 && (
        <ul className="text-sm text-red-700">
          {fieldErrors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
