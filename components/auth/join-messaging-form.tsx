"use client";

import { useTranslations } from "next-intl";
import { joinMessagingAction } from "@/lib/actions/connector/join-messaging-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export function JoinMessagingForm({ token, address }: { token: string; address: string }) {
  const t = useTranslations("join");
  const [state, action, pending] = useFormAction(joinMessagingAction);
  if (state?.ok) {
    return (
      <div className="space-y-3 text-sm" role="status">
        <p className="text-emerald-700">{t("done")}</p>
        <p>
          {t("signInWith")} <code className="font-mono text-slate-900">{address}</code>
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <p className="text-sm">
        {t("address")} <code className="font-mono text-slate-900">{address}</code>
      </p>
      <TextField
        id="password"
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        error={fieldError(state, "password")}
      />
      <TextField
        id="confirm"
        label={t("confirm")}
        name="confirm"
        type="password"
        autoComplete="new-password"
        error={fieldError(state, "confirm")}
      />
      <p className="text-xs text-slate-500">{t("notKept")}</p>
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
