"use client";

import { useTranslations } from "next-intl";
import { updateFederationSettingsAction } from "@/lib/actions/federation/update-federation-settings-action";
import { Button } from "@/components/ui/button";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/card";

export function FederationSettingsForm({
  tenantId,
  mode,
  guestLapseDays,
  canEdit,
}: {
  tenantId: string;
  mode: string;
  guestLapseDays: number;
  canEdit: boolean;
}) {
  const t = useTranslations("federation.settings");
  const [state, onSubmit, pending] = useFormAction(updateFederationSettingsAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className={card("max-w-2xl space-y-4 p-6")}>
      <h2 className="font-medium">{t("title")}</h2>
      <input type="hidden" name="tenantId" value={tenantId} />
      <fieldset disabled={!canEdit} className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor="federation-mode">{t("mode")}</Label>
          <Select id="federation-mode" name="mode" defaultValue={mode}>
            {(["off", "restricted", "open"] as const).map((m) => (
              <option key={m} value={m}>
                {t(`modes.${m}`)}
              </option>
            ))}
          </Select>
          <FieldError id="federation-mode-error" message={fieldError(state, "mode")} />
        </div>
        <TextField
          id="federation-guest-days"
          name="guestLapseDays"
          type="number"
          label={t("guestLapseDays")}
          defaultValue={guestLapseDays}
          error={fieldError(state, "guestLapseDays")}
        />
      </fieldset>
      <p className="text-sm text-slate-600">{t("help")}</p>
      {canEdit && (
        <div className="flex items-center gap-4">
          <Button type="submit" disabled={pending}>
            {t("save")}
          </Button>
          <FormMessage state={state} success={t("saved")} />
        </div>
      )}
    </form>
  );
}
