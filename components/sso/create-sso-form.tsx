"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { createSsoAction } from "@/lib/actions/sso/create-sso-action";
import { Button } from "@/components/ui/button";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { card } from "@/components/ui/card";

const FIELDS = ["name", "slug", "issuer", "clientId", "clientSecret", "groupsClaim"] as const;

export function CreateSsoForm() {
  const t = useTranslations("sso.create");
  const [state, action, pending] = useFormAction(createSsoAction, { resetOnSuccess: true });
  return (
    <section className={card("max-w-3xl p-6")} aria-labelledby="create-sso-title">
      <h2 id="create-sso-title" className="mb-4 font-medium">
        {t("title")}
      </h2>
      <form onSubmit={action} className="space-y-4" noValidate>
        <div className="grid gap-4 sm:grid-cols-2">
          {FIELDS.map((f) => (
            <TextField
              key={f}
              id={`sso-${f}`}
              name={f}
              label={t(f)}
              type={f === "clientSecret" ? "password" : "text"}
              autoComplete="off"
              defaultValue={f === "groupsClaim" ? "groups" : undefined}
              error={fieldError(state, f)}
            />
          ))}
        </div>
        <div>
          <Label htmlFor="sso-roleMappings">{t("mappings")}</Label>
          <textarea
            id="sso-roleMappings"
            name="roleMappings"
            rows={4}
            className="block w-full rounded-md border-0 px-3 py-2 font-mono text-sm shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
            aria-describedby="sso-mappings-hint"
          />
          <p id="sso-mappings-hint" className="mt-1 text-xs text-slate-500">
            {t("mappingsHint")}
          </p>
          <FieldError id="sso-roleMappings-error" message={fieldError(state, "roleMappings")} />
        </div>
        <div className="flex items-center gap-4">
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
          <FormMessage state={state} />
        </div>
      </form>
    </section>
  );
}
