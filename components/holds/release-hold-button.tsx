"use client";

import { useTranslations } from "next-intl";
import { releaseHoldAction } from "@/lib/actions/holds/release-hold-action";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function ReleaseHoldButton({
  tenantId,
  hold,
}: {
  tenantId: string;
  hold: { id: string; name: string; matter: string; releaseImpact: { members: number; groups: number } | null };
}) {
  const t = useTranslations("holds");
  return (
    <ConfirmActionButton
      action={releaseHoldAction}
      values={{ tenantId, holdId: hold.id, confirmShortening: "on" }}
      label={t("release")}
      ariaLabel={`${t("release")} ${hold.name}`}
      confirm={{
        title: t("confirmRelease.title", { name: hold.name, matter: hold.matter }),
        body: t("confirmRelease.body", {
          members: hold.releaseImpact?.members ?? 0,
          groups: hold.releaseImpact?.groups ?? 0,
        }),
        confirmLabel: t("confirmRelease.submit"),
        destructive: true,
      }}
    />
  );
}
