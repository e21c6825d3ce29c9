"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { StatusCard } from "@/components/ui/status-card";

// A page that threw while rendering. The digest is what the server logged with the error, so an operator can find it.
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <StatusCard brand={t("app.name")} title={t("pageErrors.failedTitle")} body={t("pageErrors.failedBody")}>
      {error.digest && (
        <p className="mb-4 font-mono text-xs text-slate-500">{t("pageErrors.reference", { digest: error.digest })}</p>
      )}
      <div className="flex items-center gap-4">
        <Button type="button" onClick={reset}>
          {t("pageErrors.retry")}
        </Button>
        <Link href="/" className="text-sm font-medium text-brand-700 hover:underline">
          {t("pageErrors.home")}
        </Link>
      </div>
    </StatusCard>
  );
}
