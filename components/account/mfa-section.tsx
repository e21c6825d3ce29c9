"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { beginTotpAction } from "@/lib/actions/account/begin-totp-action";
import { confirmTotpAction } from "@/lib/actions/account/confirm-totp-action";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { card } from "@/components/ui/card";

export function MfaSection({ enabled }: { enabled: boolean }) {
  const t = useTranslations("account");
  const [begun, begin, beginning] = useFormAction(beginTotpAction);
  const [confirmed, confirm, confirming] = useFormAction(confirmTotpAction);
  const enrolment = begun?.ok ? (begun.value as { secret: string; qrSvg: string }) : null;
  const codes = confirmed?.ok ? (confirmed.value as { recoveryCodes: string[] }).recoveryCodes : null;

  return (
    <section className={card("max-w-2xl space-y-4 p-6")} aria-labelledby="mfa-title">
      <h2 id="mfa-title" className="font-medium">
        {t("security")}
      </h2>
      {codes ? (
        <div role="status" className="space-y-2">
          <p className="text-sm text-emerald-700">{t("mfaOn")}</p>
          <h3 className="text-sm font-medium">{t("recoveryTitle")}</h3>
          <p className="text-sm text-slate-600">{t("recoveryHint")}</p>
          <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-1 font-mono text-sm sm:grid-cols-5">
            {codes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ) : enabled ? (
        <p className="text-sm text-emerald-700">{t("mfaOn")}</p>
      ) : enrolment ? (
        <div className="space-y-4">
          <p className="text-sm text-slate-600">{t("mfaScan")}</p>
          <div className="flex flex-wrap items-center gap-6">
            {/* A data: URL keeps the QR code within the CSP (img-src 'self' data:). */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              alt={t("mfaQrAlt")}
              width={192}
              height={192}
              src={`data:image/svg+xml;base64,${btoa(enrolment.qrSvg)}`}
              className="rounded ring-1 ring-slate-200"
            />
            <p className="text-sm">
              <span className="text-slate-500">{t("mfaKey")}</span>{" "}
              <code data-testid="totp-secret" className="font-mono tracking-wider break-all">
                {enrolment.secret}
              </code>
            </p>
          </div>
          <form onSubmit={confirm} className="flex flex-wrap items-end gap-3" noValidate>
            <div>
              <Label htmlFor="totp-code">{t("mfaCode")}</Label>
              <Input
                id="totp-code"
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                className="w-40"
                aria-invalid={!!fieldError(confirmed, "code")}
              />
            </div>
            <Button type="submit" disabled={confirming}>
              {t("mfaConfirm")}
            </Button>
          </form>
          <FieldError id="totp-code-error" message={fieldError(confirmed, "code")} />
          <FormMessage state={confirmed} />
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-4">
          <p className="text-sm text-slate-600">{t("mfaOff")}</p>
          <form onSubmit={begin}>
            <Button type="submit" disabled={beginning}>
              {t("mfaStart")}
            </Button>
          </form>
          <FormMessage state={begun} />
        </div>
      )}
    </section>
  );
}
