"use client";

import { useTranslations } from "next-intl";
import { requestPartnershipAction } from "@/lib/actions/federation/request-partnership-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { FormPanel } from "@/components/ui/form-panel";
import { useFormAction } from "@/components/ui/use-form-action";

// Ask another network of this deployment for a link; its admins accept or reject it.
export function RequestPartnershipForm({ tenantId }: { tenantId: string }) {
  const t = useTranslations("federation.request");
  const [state, onSubmit, pending] = useFormAction(requestPartnershipAction, { resetOnSuccess: true });
  return (
    <FormPanel title={t("title")} state={state} success={t("done")}>
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-4 border-t border-slate-200 p-5">
        <input type="hidden" name="tenantId" value={tenantId} />
        <div className="w-72">
          <TextField id="partner-slug" name="partnerSlug" label={t("slug")} error={fieldError(state, "partnerSlug")} />
        </div>
        <div className="flex items-center gap-4 pt-6">
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
          <FormMessage state={state?.ok ? null : state} />
        </div>
      </form>
    </FormPanel>
  );
}
