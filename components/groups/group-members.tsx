"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { moveMembersAction } from "@/lib/actions/groups/move-members-action";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/card";

export function GroupMembers({
  tenantId,
  members,
  groups,
  moreHref,
}: {
  tenantId: string;
  members: { id: string; displayName: string; email: string }[];
  groups: { id: string; name: string }[];
  /** Set when the group has more members than shown: the directory, filtered to this group. */
  moreHref?: string | undefined;
}) {
  const t = useTranslations("groups.members");
  const [state, onSubmit, pending] = useFormAction(moveMembersAction);
  const moved = state?.ok ? (state.value as { moved: number }).moved : null;
  return (
    <form onSubmit={onSubmit} noValidate className={card("space-y-3 p-5")} aria-labelledby="group-members-title">
      <h2 id="group-members-title" className="font-medium">
        {t("title")}
      </h2>
      <input type="hidden" name="tenantId" value={tenantId} />
      <ul className="grid max-h-72 gap-1 overflow-y-auto sm:grid-cols-2">
        {members.map((m) => (
          <li key={m.id}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="memberIds"
                value={m.id}
                aria-label={t("select", { name: m.displayName })}
                className="rounded border-slate-300"
              />
              <span>{m.displayName}</span>
              <span className="truncate text-xs text-slate-500">{m.email}</span>
            </label>
          </li>
        ))}
      </ul>
      {moreHref && (
        <Link href={moreHref} className="text-sm text-brand-700 hover:underline">
          {t("more")}
        </Link>
      )}
      {groups.length > 0 && (
        <div className="flex items-end gap-3">
          <div>
            <Label htmlFor="move-to">{t("move")}</Label>
            <Select id="move-to" name="groupId" className="w-56">
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("submit")}
          </Button>
          <FormMessage state={state} success={moved !== null ? t("moved", { count: moved }) : undefined} />
        </div>
      )}
    </form>
  );
}
