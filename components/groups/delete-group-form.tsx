"use client";

import { useTranslations } from "next-intl";
import { deleteGroupAction } from "@/app/(console)/tenants/[tenantId]/groups/actions";
import { Button } from "@/components/ui/button";
import { FieldError, Label } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";

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
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-xl space-y-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200"
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
          <Select id="move-members-to" name="moveMembersTo" className="w-56">
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
          type="submit"
          variant="secondary"
          className="text-red-700"
          disabled={pending}
          onClick={(e) => {
            if (!window.confirm(t("confirm", { name: group.name }))) e.preventDefault();
          }}
        >
          {t("submit")}
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
