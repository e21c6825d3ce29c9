"use client";

import { useTranslations } from "next-intl";
import { testMemberSsoAction } from "@/lib/actions/settings/test-member-sso-action";
import { updateMemberSsoAction } from "@/lib/actions/settings/update-member-sso-action";
import { Button } from "@/components/ui/button";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import type { IssuerCheck } from "@/lib/member-sso/check-oidc-issuer";
import { card } from "@/components/ui/card";

interface Config {
  enabled: boolean;
  issuer: string;
  clientId: string;
  scopes: string;
  usernameClaim: string;
  extraAuthParams: string;
  refreshGraceMinutes: number;
  hasClientSecret: boolean;
}

export function MemberSsoForm({
  tenantId,
  canEdit,
  config,
}: {
  tenantId: string;
  canEdit: boolean;
  config: Config | null;
}) {
  const t = useTranslations("memberSso");
  const [state, save, saving] = useFormAction(updateMemberSsoAction);
  const [tested, , testing, test] = useFormAction(testMemberSsoAction);
  const err = (k: string) => fieldError(state, k) ?? fieldError(tested, k);
  const report = tested?.ok ? (tested.value as IssuerCheck) : null;
  const needsConfirm = !!fieldError(state, "confirmSignOut");
  return (
    <form onSubmit={save} noValidate className={card("max-w-3xl space-y-4 p-6")} aria-labelledby="member-sso-title">
      <h2 id="member-sso-title" className="font-medium">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <input type="hidden" name="tenantId" value={tenantId} />
      <fieldset disabled={!canEdit} className="space-y-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="enabled" defaultChecked={config?.enabled} className="rounded border-slate-300" />
          {t("enabled")}
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="sso-issuer"
            name="issuer"
            label={t("issuer")}
            defaultValue={config?.issuer}
            error={err("issuer")}
          />
          <TextField
            id="sso-client-id"
            name="clientId"
            label={t("clientId")}
            defaultValue={config?.clientId}
            error={err("clientId")}
          />
          <div>
            <TextField
              id="sso-client-secret"
              name="clientSecret"
              type="password"
              autoComplete="off"
              label={t("clientSecret")}
              error={err("clientSecret")}
            />
            {config?.hasClientSecret && <p className="mt-1 text-xs text-slate-500">{t("clientSecretKept")}</p>}
          </div>
          <div>
            <TextField
              id="sso-scopes"
              name="scopes"
              label={t("scopes")}
              defaultValue={config?.scopes ?? "openid email profile"}
              error={err("scopes")}
            />
            <p className="mt-1 text-xs text-slate-500">{t("scopesHelp")}</p>
          </div>
          <TextField
            id="sso-username-claim"
            name="usernameClaim"
            label={t("usernameClaim")}
            defaultValue={config?.usernameClaim ?? "email"}
            error={err("usernameClaim")}
          />
          <div>
            <Label htmlFor="sso-grace">{t("refreshGrace")}</Label>
            <Select id="sso-grace" name="refreshGraceMinutes" defaultValue={String(config?.refreshGraceMinutes ?? 0)}>
              {[0, 30, 60].map((m) => (
                <option key={m} value={m}>
                  {t(`refreshGraceOptions.${m}` as "refreshGraceOptions.0")}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <div>
          <Label htmlFor="sso-params">{t("extraParams")}</Label>
          <textarea
            id="sso-params"
            name="extraAuthParams"
            rows={2}
            defaultValue={config?.extraAuthParams}
            className="block w-full rounded-md border-0 bg-white px-3 py-2 font-mono text-sm shadow-sm ring-1 ring-slate-300 ring-inset"
          />
          <p className="mt-1 text-xs text-slate-500">{t("extraParamsHelp")}</p>
          <FieldError id="sso-params-error" message={err("extraAuthParams")} />
        </div>
        {needsConfirm && (
          <div
            role="alert"
            className="space-y-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200"
          >
            <p>{fieldError(state, "confirmSignOut")}</p>
            <label className="flex items-center gap-2 font-medium">
              <input type="checkbox" name="confirmSignOut" className="rounded border-amber-400" />
              {t("confirm")}
            </label>
          </div>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={saving}>
            {t("save")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            disabled={testing}
            // The test runs on the values as typed, saved or not.
            onClick={(e) => e.currentTarget.form && test(e.currentTarget.form)}
          >
            {t("test")}
          </Button>
          {!needsConfirm && <FormMessage state={state} success={t("saved")} />}
        </div>
      </fieldset>
      {report && (
        <div
          role="status"
          className={`rounded-md p-3 text-sm ring-1 ${report.ok ? "bg-emerald-50 text-emerald-900 ring-emerald-200" : "bg-red-50 text-red-900 ring-red-200"}`}
        >
          <p className="font-medium">{report.ok ? t("testOk") : t("testFailed")}</p>
          <ul className="mt-1 space-y-0.5">
            {report.checks.map((c) => (
              <li key={c.name}>
                {c.ok ? "✓" : "✗"} <span className="font-mono text-xs">{c.name}</span> {c.detail}
              </li>
            ))}
          </ul>
        </div>
      )}
      {tested && !tested.ok && <FormMessage state={tested} />}
    </form>
  );
}
