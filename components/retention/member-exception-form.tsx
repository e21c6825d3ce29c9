"use client";

import { useTranslations } from "next-intl";
import { setExceptionAction } from "@/lib/actions/retention/set-exception-action";
import { Button } from "@/components/ui/button";
import { ConfirmImpact } from "@/components/ui/confirm-impact";
import { TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/card";

export function MemberExceptionForm({ tenantId, memberId }: { tenantId: string; memberId: string }) {
  const t = useTranslations("retention.exception");
  const [state, onSubmit, pending] = useFormAction(setExceptionAction);
  // A shortening comes back to be confirmed.
  const confirming = !!fieldError(state, "confirmShortening");
  return (
    <form onSubmit={onSubmit} noValidate className={card("max-w-2xl space-y-3 p-5")} aria-label={t("title")}>
      <h2 className="font-medium">{t("title")}</h2>
      <p className="text-xs text-slate-500">{t("hint")}</p>
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="memberId" value={memberId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          id="exception-expiration"
          name="expirationMaxMinutes"
          type="number"
          label={t("expiration")}
          error={fieldError(state, "expirationMaxMinutes")}
        />
        <TextField
          id="exception-burn"
          name="burnOnReadMaxMinutes"
          type="number"
          label={t("burn")}
          error={fieldError(state, "burnOnReadMaxMinutes")}
        />
        <TextField id="exception-reason" name="reason" label={t("reason")} error={fieldError(state, "reason")} />
      </div>
      {confirming && <ConfirmImpact name="confirmShortening" message={t("preview")} confirmLabel={t("confirm")} />}
      <div className="flex items-center gap-4">
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("save")}
        </Button>
        {!confirming && <FormMessage state={state} success={t("saved")} />}
      </div>
    </form>
  );
}
