"use client";

import { useTranslations } from "next-intl";
import { verifyChainAction } from "@/lib/actions/audit/verify-chain-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

interface Verdict {
  chain: { ok: boolean; events: number; head?: string; seq?: string; reason?: string };
  digests: { ok: boolean; count: number; seq?: string; reason?: string; more?: string[]; warnings: string[] };
}

/**
 * Verifies the chain and its signed digests (against the trust root and their
 * copies outside the database), and says where the first break is, with every
 * other reason found.
 */
export function VerifyChainButton({ tenantId }: { tenantId: string }) {
  const t = useTranslations("audit");
  const [state, action, pending] = useFormAction(verifyChainAction);
  const v = state?.ok ? (state.value as Verdict) : null;
  return (
    <form onSubmit={action} className="flex flex-wrap items-center gap-4">
      <input type="hidden" name="tenantId" value={tenantId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("verifying") : t("verify")}
      </Button>
      <FormMessage state={state} />
      {v && (
        <div role="status" className="space-y-0.5 text-sm">
          <p className={v.chain.ok ? "text-emerald-700" : "font-medium text-red-700"}>
            {v.chain.ok
              ? t("verifyOk", { events: v.chain.events, head: v.chain.head ?? "" })
              : t("verifyBroken", { seq: v.chain.seq ?? "", reason: v.chain.reason ?? "" })}
          </p>
          <p className={v.digests.ok ? "text-emerald-700" : "font-medium text-red-700"}>
            {v.digests.ok
              ? t("digestsOk", { count: v.digests.count })
              : t("digestsBroken", { seq: v.digests.seq ?? "", reason: v.digests.reason ?? "" })}
          </p>
          {(v.digests.more?.length ?? 0) + v.digests.warnings.length > 0 && (
            <ul className="list-inside list-disc text-xs">
              {v.digests.more?.map((reason) => (
                <li key={reason} className="text-red-700">
                  {t("digestsAlso", { reason })}
                </li>
              ))}
              {v.digests.warnings.map((warning) => (
                <li key={warning} className="text-amber-700">
                  {t("digestsWarning", { warning })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
