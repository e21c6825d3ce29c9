"use client";

import { useTranslations } from "next-intl";
import { createGroupAction } from "@/lib/actions/groups/create-group-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/card";

export function CreateGroupForm({ tenantId }: { tenantId: string }) {
  const t = useTranslations("groups.create");
  const [state, onSubmit, pending] = useFormAction(createGroupAction);
  return (
    <form onSubmit={onSubmit} noValidate className={card("flex max-w-xl items-end gap-3 p-5")} aria-label={t("title")}>
      <input type="hidden" name="tenantId" value={tenantId} />
      <div className="flex-1">
        <TextField id="group-name" name="name" label={t("name")} error={fieldError(state, "name")} />
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
