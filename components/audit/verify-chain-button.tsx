"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { verifyChainAction } from "@/app/(console)/tenants/[tenantId]/audit/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function VerifyChainButton({ tenantId }: { tenantId: string }) {
  const t = useTranslations("audit");
  const [state, action, pending] = useFormAction(verifyChainAction);
  const v = state?.ok
    ? (state.value as { ok: boolean; events: number; head?: string; seq?: string; reason?: string })
    : null;
  return (
    <form onSubmit={action} className="flex flex-wrap items-center gap-4">
      <input type="hidden" name="tenantId" value={tenantId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("verify")}
      </Button>
      <FormMessage state={state} />
      {v && (
        <p role="status" className={`text-sm ${v.ok ? "text-emerald-700" : "text-red-700"}`}>
          {v.ok
            ? t("verifyOk", { events: v.events, head: v.head ?? "" })
            : t("verifyBroken", { seq: v.seq ?? "", reason: v.reason ?? "" })}
        </p>
      )}
    </form>
  );
}
