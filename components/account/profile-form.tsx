"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { updateAccountAction } from "@/app/(console)/account/actions";
import { Button } from "@/components/ui/button";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { THEMES } from "@/lib/account/themes";
import { LOCALES } from "@/lib/i18n/locales";

export function ProfileForm({ name, locale, theme }: { name: string; locale: string | null; theme: string | null }) {
  const t = useTranslations("account");
  const [state, action, pending] = useFormAction(updateAccountAction);
  return (
    <section
      className="max-w-2xl rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200"
      aria-labelledby="profile-title"
    >
      <h2 id="profile-title" className="mb-4 font-medium">
        {t("profile")}
      </h2>
      <form onSubmit={action} className="space-y-4" noValidate>
        <TextField
          id="account-name"
          label={t("name")}
          name="name"
          defaultValue={name}
          error={fieldError(state, "name")}
        />
        <div>
          <Label htmlFor="account-locale">{t("language")}</Label>
          <Select
            id="account-locale"
            name="locale"
            defaultValue={locale ?? ""}
            aria-invalid={!!fieldError(state, "locale")}
            aria-describedby="account-locale-error"
          >
            <option value="">{t("languageAuto")}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </Select>
          <FieldError id="account-locale-error" message={fieldError(state, "locale")} />
        </div>
        <div>
          <Label htmlFor="account-theme">{t("theme")}</Label>
          <Select
            id="account-theme"
            name="theme"
            defaultValue={theme ?? ""}
            aria-invalid={!!fieldError(state, "theme")}
            aria-describedby="account-theme-error"
          >
            <option value="">{t("themeAuto")}</option>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`themes.${th}`)}
              </option>
            ))}
          </Select>
          <FieldError id="account-theme-error" message={fieldError(state, "theme")} />
        </div>
        <div className="flex items-center gap-4">
          <Button type="submit" disabled={pending}>
            {t("save")}
          </Button>
          <FormMessage state={state} success={t("saved")} />
        </div>
      </form>
    </section>
  );
}
