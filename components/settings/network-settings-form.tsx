"use client";

import { useTranslations } from "next-intl";
import { updateNetworkSettingsAction } from "@/lib/actions/settings/update-network-settings-action";
import { Button } from "@/components/ui/button";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { ARCHIVE_DESTINATIONS, type NetworkSettings, READ_RECEIPTS } from "@/lib/tenants/network-settings";
import { card } from "@/components/ui/card";

const textarea =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500";

export function NetworkSettingsForm({ tenantId, settings }: { tenantId: string; settings: NetworkSettings }) {
  const t = useTranslations("networkSettings");
  const [state, onSubmit, pending] = useFormAction(updateNetworkSettingsAction);
  const err = (path: string) => fieldError(state, `settings.${path}`);
  const saved = state?.ok ? (state.value as NetworkSettings) : null;
  const fingerprint = saved?.dataRetention.fingerprint ?? settings.dataRetention.fingerprint;
  return (
    <form onSubmit={onSubmit} noValidate className={card("max-w-3xl space-y-6 p-6")} aria-labelledby="network-title">
      <h2 id="network-title" className="font-medium">
        {t("title")}
      </h2>
      <input type="hidden" name="tenantId" value={tenantId} />
      <div className="max-w-xs">
        <Label htmlFor="readReceipts">{t("readReceipts")}</Label>
        <Select id="readReceipts" name="readReceipts" defaultValue={settings.readReceipts}>
          {READ_RECEIPTS.map((r) => (
            <option key={r} value={r}>
              {t(`readReceiptsOptions.${r}`)}
            </option>
          ))}
        </Select>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700">{t("consentBanner")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="consentBanner.enabled"
            defaultChecked={settings.consentBanner.enabled}
            className="rounded border-slate-300"
          />
          {t("consentEnabled")}
        </label>
        <TextField
          id="consent-header"
          name="consentBanner.header"
          label={t("consentHeader")}
          defaultValue={settings.consentBanner.header}
          error={err("consentBanner.header")}
        />
        <div>
          <Label htmlFor="consent-body">{t("consentBody")}</Label>
          <textarea
            id="consent-body"
            name="consentBanner.body"
            rows={3}
            defaultValue={settings.consentBanner.body}
            className={textarea}
            aria-invalid={!!err("consentBanner.body")}
          />
          <FieldError id="consent-body-error" message={err("consentBanner.body")} />
        </div>
        <TextField
          id="consent-button"
          name="consentBanner.buttonLabel"
          label={t("consentButton")}
          defaultValue={settings.consentBanner.buttonLabel}
          error={err("consentBanner.buttonLabel")}
        />
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="clientMetrics"
          defaultChecked={settings.clientMetrics}
          className="mt-0.5 rounded border-slate-300"
        />
        <span>
          {t("clientMetrics")}
          <span className="block text-slate-500">{t("clientMetricsHelp")}</span>
        </span>
      </label>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700">{t("dataRetention")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="dataRetention.enabled"
            defaultChecked={settings.dataRetention.enabled}
            className="rounded border-slate-300"
          />
          {t("dataRetentionEnabled")}
        </label>
        <div className="max-w-xs">
          <Label htmlFor="archive-destination">{t("destination")}</Label>
          <Select
            id="archive-destination"
            name="dataRetention.destination"
            defaultValue={settings.dataRetention.destination ?? ""}
            aria-invalid={!!err("dataRetention.destination")}
          >
            <option value="">{"—"}</option>
            {ARCHIVE_DESTINATIONS.map((d) => (
              <option key={d} value={d}>
                {t(`destinations.${d}`)}
              </option>
            ))}
          </Select>
          <FieldError id="archive-destination-error" message={err("dataRetention.destination")} />
        </div>
        <div>
          <Label htmlFor="archive-key">{t("publicKey")}</Label>
          <textarea
            id="archive-key"
            name="dataRetention.publicKeyPem"
            rows={5}
            defaultValue={settings.dataRetention.publicKeyPem}
            className={`${textarea} font-mono text-xs`}
            aria-invalid={!!err("dataRetention.publicKeyPem")}
            aria-describedby="archive-key-help"
          />
          <p id="archive-key-help" className="mt-1 text-xs text-slate-500">
            {t("publicKeyHelp")}
          </p>
          <FieldError id="archive-key-error" message={err("dataRetention.publicKeyPem")} />
        </div>
        {fingerprint && (
          <p className="text-sm">
            <span className="text-slate-500">{t("fingerprint")}</span>{" "}
            <code data-testid="archive-fingerprint" className="font-mono text-xs break-all">
              {fingerprint}
            </code>
          </p>
        )}
      </fieldset>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        <FormMessage state={state} success={t("saved")} />
      </div>
    </form>
  );
}
