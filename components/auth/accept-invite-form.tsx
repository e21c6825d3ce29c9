"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { acceptInviteAction } from "@/lib/actions/console-users/accept-invite-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";

export function AcceptInviteForm({ token }: { token: string }) {
  const t = useTranslations("invite");
  const [state, action, pending] = useFormAction(acceptInviteAction);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <p role="status" className="text-sm text-emerald-700">
          {t("done")}
        </p>
        <Link href="/sign-in" className="text-sm font-medium text-brand-700 hover:underline">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <TextField
        id="password"
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        error={fieldError(state, "password")}
      />
      <TextField
        id="confirm"
        label={t("confirm")}
        name="confirm"
        type="password"
        autoComplete="new-password"
        error={fieldError(state, "confirm")}
      />
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
