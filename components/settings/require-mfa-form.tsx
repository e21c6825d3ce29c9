"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/doors/run-action";
import { card } from "@/components/ui/card";

export function RequireMfaForm({
  title,
  label,
  hidden,
  defaultChecked,
  action,
}: {
  title: string;
  label: string;
  hidden: Record<string, string>;
  defaultChecked: boolean;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations("settings");
  const [state, formAction, pending] = useFormAction(action);
  return (
    <form onSubmit={formAction} className={card("max-w-2xl space-y-4 p-6")}>
      <h2 className="font-medium">{title}</h2>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="flex items-center gap-3 text-sm">
        <input type="checkbox" name="requireMfa" defaultChecked={defaultChecked} className="rounded border-slate-300" />
        {label}
      </label>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        <FormMessage state={state} success={t("saved")} />
      </div>
    </form>
  );
}
