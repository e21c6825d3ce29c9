"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { updateAccountAction } from "@/app/(console)/account/actions";
import { Button } from "@/components/ui/button";
import { Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { LOCALES } from "@/lib/i18n/locales";

export function ProfileForm({ name, locale }: { name: string; locale: string | null }) {
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
          <Select id="account-locale" name="locale" defaultValue={locale ?? ""}>
            <option value="">{t("languageAuto")}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </Select>
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
