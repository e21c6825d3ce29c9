"use client";

import { useTranslations } from "next-intl";
import { reconcileMessagingAction } from "@/lib/actions/connector/reconcile-messaging-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export function ReconcileButton({ tenantId }: { tenantId: string }) {
  const t = useTranslations("messaging");
  const [state, action, pending] = useFormAction(reconcileMessagingAction);
  const done = state?.ok ? (state.value as { findings: number; reported: number }) : null;
  return (
    <form onSubmit={action} className="space-y-2">
      <input type="hidden" name="tenantId" value={tenantId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("reconciling") : t("reconcile")}
      </Button>
      {done ? (
        <p role="status" className="text-sm text-emerald-700">
          {t("reconciled", { findings: done.findings, reported: done.reported })}
        </p>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}
