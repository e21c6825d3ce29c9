import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusCard } from "@/components/ui/status-card";

// Answered for unknown paths and for objects the caller may not see: one page for both, so a 404 tells an outsider nothing.
export default async function NotFound() {
  const t = await getTranslations();
  return (
    <StatusCard brand={t("app.name")} title={t("pageErrors.notFoundTitle")} body={t("pageErrors.notFoundBody")}>
      <Link href="/" className="text-sm font-medium text-brand-700 hover:underline">
        {t("pageErrors.home")}
      </Link>
    </StatusCard>
  );
}
