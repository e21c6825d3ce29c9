import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const TONE = { pending: "amber", active: "green", rejected: "slate", suspended: "amber", revoked: "red" } as const;

export function StatusBadge({ status }: { status: keyof typeof TONE }) {
  const t = useTranslations("federation.statuses");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
