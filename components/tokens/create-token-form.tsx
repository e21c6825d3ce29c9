"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { createTokenAction } from "@/lib/actions/tokens/create-token-action";
import { Button } from "@/components/ui/button";
import { FieldError, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { card } from "@/components/ui/card";

export function CreateTokenForm({ tenantId, scopes }: { tenantId: string; scopes: string[] }) {
  const t = useTranslations("tokens.create");
  const [state, action, pending] = useFormAction(createTokenAction, { resetOnSuccess: true });
  const created = state?.ok ? (state.value as { token: string }) : null;
  return (
    <section className={card("p-5")} aria-labelledby="create-token-title">
      <h2 id="create-token-title" className="mb-4 font-medium">
        {t("title")}
      </h2>
      <form onSubmit={action} className="space-y-4" noValidate>
        <input type="hidden" name="tenantId" value={tenantId} />
        <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
          <TextField id="token-name" label={t("name")} name="name" error={fieldError(state, "name")} />
          <TextField
            id="token-days"
            label={t("expiresInDays")}
            name="expiresInDays"
            type="number"
            min={1}
            max={365}
            defaultValue={90}
            error={fieldError(state, "expiresInDays")}
          />
        </div>
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">{t("scopes")}</legend>
          <div className="grid gap-x-6 gap-y-1 sm:grid-cols-3">
            {scopes.map((s) => (
              <label key={s} className="flex items-center gap-2 font-mono text-sm text-slate-700">
                <input type="checkbox" name="scopes" value={s} className="rounded border-slate-300" />
                {s}
              </label>
            ))}
          </div>
          <FieldError id="token-scopes-error" message={fieldError(state, "scopes")} />
        </fieldset>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
      <div className="mt-3">
        <FormMessage state={state} />
        {created && (
          <div role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
            <p>{t("shownOnce")}</p>
            <code data-testid="new-token" className="mt-1 block font-mono break-all select-all">
              {created.token}
            </code>
          </div>
        )}
      </div>
    </section>
  );
}
