"use client";

import { useTranslations } from "next-intl";
import { releaseHoldAction } from "@/app/(console)/tenants/[tenantId]/holds/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export function ReleaseHoldButton({ tenantId, hold }: { tenantId: string; hold: { id: string; name: string } }) {
  const t = useTranslations("holds");
  const [state, onSubmit, pending] = useFormAction(releaseHoldAction);
  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2">
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="holdId" value={hold.id} />
      <Button
        type="submit"
        variant="ghost"
        disabled={pending}
        aria-label={`${t("release")} ${hold.name}`}
        onClick={(e) => {
          if (!window.confirm(t("confirmRelease", { name: hold.name }))) e.preventDefault();
        }}
      >
        {t("release")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
