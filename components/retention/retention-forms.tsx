"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateComplianceAction } from "@/lib/actions/retention/update-compliance-action";
import { updateLifetimeAction } from "@/lib/actions/retention/update-lifetime-action";
import { Button } from "@/components/ui/button";
import { ConfirmImpact } from "@/components/ui/confirm-impact";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/card";

interface Policy {
  expirationMaxMinutes: number;
  burnOnReadMaxMinutes: number;
  complianceRetentionDays: number | null;
  compliancePreset: string | null;
}

const formCard = card("max-w-2xl space-y-4 p-6");

export function LifetimeForm({ tenantId, policy, canEdit }: { tenantId: string; policy: Policy; canEdit: boolean }) {
  const t = useTranslations("retention.lifetime");
  const [state, onSubmit, pending] = useFormAction(updateLifetimeAction);
  // The server answers a shortening with its impact; the form shows it and asks to confirm.
  const impactJson = fieldError(state, "confirmShortening");
  const impact = impactJson
    ? (JSON.parse(impactJson) as {
        members: number;
        groups: number;
        shortened: number;
        lengthened: number;
        sample: string[];
      })
    : null;
  return (
    <form onSubmit={onSubmit} noValidate className={formCard} aria-label={t("title")}>
      <h2 className="font-medium">{t("title")}</h2>
      <input type="hidden" name="tenantId" value={tenantId} />
      <fieldset disabled={!canEdit} className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="lifetime-expiration"
          name="expirationMaxMinutes"
          type="number"
          label={t("expiration")}
          defaultValue={policy.expirationMaxMinutes}
          error={fieldError(state, "expirationMaxMinutes")}
        />
        <TextField
          id="lifetime-burn"
          name="burnOnReadMaxMinutes"
          type="number"
          label={t("burn")}
          defaultValue={policy.burnOnReadMaxMinutes}
          error={fieldError(state, "burnOnReadMaxMinutes")}
        />
      </fieldset>
      {impact && (
        <ConfirmImpact
          name="confirmShortening"
          message={t("preview", {
            members: impact.members,
            groups: impact.groups,
            shortened: impact.shortened,
            lengthened: impact.lengthened,
          })}
          sample={impact.sample.length > 0 ? t("sample", { emails: impact.sample.join(", ") }) : null}
          confirmLabel={t("confirm")}
        />
      )}
      {canEdit && (
        <div className="flex items-center gap-4">
          <Button type="submit" disabled={pending}>
            {t("save")}
          </Button>
          {!impact && <FormMessage state={state} success={t("saved")} />}
        </div>
      )}
    </form>
  );
}

export function ComplianceForm({ tenantId, policy, canEdit }: { tenantId: string; policy: Policy; canEdit: boolean }) {
  const t = useTranslations("retention.compliance");
  const [state, onSubmit, pending] = useFormAction(updateComplianceAction);
  const initial = policy.compliancePreset ?? (policy.complianceRetentionDays ? "custom" : "none");
  const [preset, setPreset] = useState(initial);
  const days = state?.ok ? (state.value as { days: number | null }).days : policy.complianceRetentionDays;
  return (
    <form onSubmit={onSubmit} noValidate className={formCard} aria-label={t("title")}>
      <h2 className="font-medium">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("current", { days: days ?? 0 })}</p>
      <input type="hidden" name="tenantId" value={tenantId} />
      <fieldset disabled={!canEdit} className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor="compliance-preset">{t("preset")}</Label>
          <Select id="compliance-preset" name="preset" value={preset} onChange={(e) => setPreset(e.target.value)}>
            {(["none", "finra_4511", "sec_17a_4", "custom"] as const).map((p) => (
              <option key={p} value={p}>
                {t(`presets.${p}`)}
              </option>
            ))}
          </Select>
          <FieldError id="compliance-preset-error" message={fieldError(state, "preset")} />
        </div>
        {preset === "custom" && (
          <TextField
            id="compliance-days"
            name="days"
            type="number"
            label={t("days")}
            defaultValue={policy.complianceRetentionDays ?? ""}
            error={fieldError(state, "days")}
          />
        )}
      </fieldset>
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
