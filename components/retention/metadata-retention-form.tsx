"use client";

import { useTranslations } from "next-intl";
import { updateMetadataRetentionAction } from "@/lib/actions/retention/update-metadata-retention-action";
import { Button } from "@/components/ui/button";
import { ConfirmImpact } from "@/components/ui/confirm-impact";
import { TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/card";

interface Settings {
  deactivatedMemberDays: number | null;
  staleDeviceDays: number | null;
  auditRetentionDays: number | null;
}

const FIELDS = ["deactivatedMemberDays", "staleDeviceDays", "auditRetentionDays"] as const;

// How long console-side metadata is kept; the next enforcement run deletes what outlived it.
export function MetadataRetentionForm({
  tenantId,
  settings,
  canEdit,
}: {
  tenantId: string;
  settings: Settings;
  canEdit: boolean;
}) {
  const t = useTranslations("retention.metadata");
  const [state, onSubmit, pending] = useFormAction(updateMetadataRetentionAction);
  // The server answers a change that would delete records with what it would delete.
  const impactJson = fieldError(state, "confirmPurge");
  const impact = impactJson
    ? (JSON.parse(impactJson) as { members: number; devices: number; auditEvents: number; heldMembers: number })
    : null;
  return (
    <form onSubmit={onSubmit} noValidate className={card("max-w-2xl space-y-4 p-6")} aria-label={t("title")}>
      <div>
        <h2 className="font-medium">{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("hint")}</p>
      </div>
      <input type="hidden" name="tenantId" value={tenantId} />
      <fieldset disabled={!canEdit} className="grid gap-4 sm:grid-cols-3">
        {FIELDS.map((f) => (
          <TextField
            key={f}
            id={`metadata-${f}`}
            name={f}
            type="number"
            label={t(`fields.${f}`)}
            placeholder={t("forever")}
            defaultValue={settings[f] ?? ""}
            error={fieldError(state, f)}
          />
        ))}
      </fieldset>
      {impact && <ConfirmImpact name="confirmPurge" message={t("preview", impact)} confirmLabel={t("confirm")} />}
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
