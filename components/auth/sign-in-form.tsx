"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/field";

type Errors = { email?: string; password?: string; code?: string; form?: string };

export function SignInForm({
  sso,
  initialError,
}: {
  sso: { id: string; name: string }[];
  initialError?: string | undefined;
}) {
  const t = useTranslations("signIn");
  const [errors, setErrors] = useState<Errors>(initialError ? { form: initialError } : {});
  const [needCode, setNeedCode] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const code = String(data.get("code") ?? "").trim();
    const next: Errors = {};
    if (!email) next.email = t("emailRequired");
    if (!password) next.password = t("passwordRequired");
    setErrors(next);
    if (next.email || next.password) return;

    setPending(true);
    const result = await signIn("password", { email, password, code, redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      // A full load, not a client navigation: the server may redirect onwards
      // (to MFA set-up), and no client state from before sign-in should survive.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load on purpose
      window.location.assign("/");
      return;
    }
    switch (result?.error) {
      case "mfa_required":
        setNeedCode(true);
        setErrors({});
        return;
      case "mfa_invalid":
        setNeedCode(true);
        setErrors({ code: t("mfaInvalid") });
        return;
      case "rate_limited":
        setErrors({ form: t("rateLimited") });
        return;
      default:
        setNeedCode(false);
        setErrors({ form: t("failed") });
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {errors.form && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {errors.form}
          </p>
        )}
        <div className={needCode ? "hidden" : undefined}>
          <Label htmlFor="email">{t("email")}</Label>
          <Input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            aria-invalid={!!errors.email}
            aria-describedby={errors.email ? "email-error" : undefined}
          />
          <FieldError id="email-error" message={errors.email} />
        </div>
        <div className={needCode ? "hidden" : undefined}>
          <Label htmlFor="password">{t("password")}</Label>
          <Input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={!!errors.password}
            aria-describedby={errors.password ? "password-error" : undefined}
          />
          <FieldError id="password-error" message={errors.password} />
        </div>
        {needCode && (
          <div>
            <Label htmlFor="code">{t("code")}</Label>
            <Input
              id="code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              autoFocus
              aria-invalid={!!errors.code}
              aria-describedby="code-hint"
            />
            <p id="code-hint" className="mt-1 text-xs text-slate-500">
              {t("codeHint")}
            </p>
            <FieldError id="code-error" message={errors.code} />
          </div>
        )}
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {sso.length > 0 && !needCode && (
        <div className="space-y-3">
          <p className="text-center text-xs tracking-wide text-slate-400 uppercase">{t("or")}</p>
          {sso.map((p) => (
            <Button
              key={p.id}
              type="button"
              variant="secondary"
              className="w-full"
              onClick={() => void signIn(p.id, { callbackUrl: "/" })}
            >
              {t("withSso", { name: p.name })}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
