"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteGroupAction } from "@/lib/actions/groups/delete-group-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FieldError, Label } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/card";

export function DeleteGroupForm({
  tenantId,
  group,
  groups,
}: {
  tenantId: string;
  group: { id: string; name: string; members: number };
  groups: { id: string; name: string }[];
}) {
  const t = useTranslations("groups.delete");
  const [state, onSubmit, pending] = useFormAction(deleteGroupAction);
  const [asking, setAsking] = useState(false);
  // Held here, so that the confirmation names the group the members go to.
  const [moveTo, setMoveTo] = useState(groups[0]?.id ?? "");
  const target = groups.find((g) => g.id === moveTo);
  return (
    <form
      onSubmit={(e) => {
        setAsking(false);
        onSubmit(e);
      }}
      noValidate
      className={card("max-w-xl space-y-3 p-5")}
      aria-labelledby="delete-group-title"
    >
      <h2 id="delete-group-title" className="font-medium">
        {t("title")}
      </h2>
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="groupId" value={group.id} />
      {group.members > 0 ? (
        <div>
          <Label htmlFor="move-members-to">{t("moveTo")}</Label>
          <Select
            id="move-members-to"
            name="moveMembersTo"
            className="w-56"
            value={moveTo}
            onChange={(e) => setMoveTo(e.target.value)}
          >
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </Select>
          <FieldError id="move-members-to-error" message={fieldError(state, "moveMembersTo")} />
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("noMembers")}</p>
      )}
      <div className="flex items-center gap-4">
        <Button
          type="button"
          variant="secondary"
          className="text-red-700"
          disabled={pending}
          onClick={() => setAsking(true)}
        >
          {t("submit")}
        </Button>
        <FormMessage state={state} />
      </div>
      <ConfirmDialog
        open={asking}
        title={t("confirm.title", { name: group.name })}
        confirmLabel={t("confirm.submit")}
        destructive
        confirmProps={{ type: "submit", disabled: pending }}
        onClose={() => setAsking(false)}
      >
        {group.members === 0 ? (
          <p>{t("confirm.empty")}</p>
        ) : (
          target && <p>{t("confirm.move", { count: group.members, target: target.name })}</p>
        )}
        <p>{t("confirm.gone")}</p>
      </ConfirmDialog>
    </form>
  );
}
