"use client";

import { useTranslations } from "next-intl";
import { setGuestBlockedAction } from "@/lib/actions/federation/set-guest-blocked-action";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function GuestBlockButton({
  tenantId,
  guest,
}: {
  tenantId: string;
  guest: { id: string; name: string; network: string; blocked: boolean };
}) {
  const t = useTranslations("federation.guests");
  const change = guest.blocked ? "unblock" : "block";
  return (
    <ConfirmActionButton
      action={setGuestBlockedAction}
      values={{ tenantId, guestId: guest.id, blocked: String(!guest.blocked) }}
      label={t(change)}
      ariaLabel={`${t(change)} ${guest.name}`}
      confirm={{
        title: t(`confirm.${change}.title`, { name: guest.name, network: guest.network }),
        body: t(`confirm.${change}.body`),
        confirmLabel: t(`confirm.${change}.submit`),
        destructive: !guest.blocked,
      }}
    />
  );
}
