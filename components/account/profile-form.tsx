"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { updateAccountAction } from "@/lib/actions/account/update-account-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select";
import { THEMES } from "@/lib/account/themes";
import { LOCALES } from "@/lib/i18n/locales";
import { card } from "@/components/ui/card";

export function ProfileForm({ name, locale, theme }: { name: string; locale: string | null; theme: string | null }) {
  const t = useTranslations("account");
  const [state, action, pending] = useFormAction(updateAccountAction);
  return (
    <section className={card("max-w-2xl p-6")} aria-labelledby="profile-title">
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
        <SelectField
          id="account-locale"
          label={t("language")}
          name="locale"
          defaultValue={locale ?? ""}
          error={fieldError(state, "locale")}
          options={[
            { value: "", label: t("languageAuto") },
            ...LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) })),
          ]}
        />
        <SelectField
          id="account-theme"
          label={t("theme")}
          name="theme"
          defaultValue={theme ?? ""}
          error={fieldError(state, "theme")}
          options={[
            { value: "", label: t("themeAuto") },
            ...THEMES.map((th) => ({ value: th, label: t(`themes.${th}`) })),
          ]}
        />
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
