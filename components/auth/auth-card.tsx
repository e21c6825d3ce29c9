import { getTranslations } from "next-intl/server";
import { StatusCard } from "@/components/ui/status-card";

export async function AuthCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string | undefined;
  children: React.ReactNode;
}) {
  const t = await getTranslations("app");
  return (
    <StatusCard brand={t("name")} title={title} body={subtitle}>
      {children}
    </StatusCard>
  );
}
