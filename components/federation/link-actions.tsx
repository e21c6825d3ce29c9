"use client";

import { useTranslations } from "next-intl";
import { changeLinkAction } from "@/lib/actions/federation/change-link-action";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export interface LinkPartner {
  id: string;
  displayName: string;
  /** The partner's slug or domain: display names need not be unique. */
  key: string;
  relation: "allow" | "deny";
  status: "pending" | "active" | "rejected" | "suspended" | "revoked";
  requestedByUs: boolean;
}

/** The changes this side may make to a link now, each confirmed; each applies to the next decision. */
export function LinkActions({ tenantId, partner }: { tenantId: string; partner: LinkPartner }) {
  const t = useTranslations("federation.link");
  if (partner.relation !== "allow") return null;
  const changes: ("accept" | "reject" | "suspend" | "resume" | "revoke")[] = [];
  if (partner.status === "pending" && !partner.requestedByUs) changes.push("accept", "reject");
  if (partner.status === "active") changes.push("suspend");
  if (partner.status === "suspended") changes.push("resume");
  // An unanswered request of ours can be withdrawn; one to us is answered with reject.
  if (
    partner.status === "active" ||
    partner.status === "suspended" ||
    (partner.status === "pending" && partner.requestedByUs)
  )
    changes.push("revoke");
  return (
    <div className="flex flex-wrap items-center gap-1">
      {changes.map((c) => (
        <ConfirmActionButton
          key={c}
          action={changeLinkAction}
          values={{ tenantId, partnerId: partner.id, change: c }}
          label={t(`changes.${c}`)}
          ariaLabel={`${t(`changes.${c}`)} ${partner.displayName}`}
          confirm={{
            title: t(`confirm.${c}.title`, { name: partner.displayName, key: partner.key }),
            body: t(`confirm.${c}.body`),
            confirmLabel: t(`confirm.${c}.submit`),
            destructive: c === "reject" || c === "suspend" || c === "revoke",
          }}
        />
      ))}
    </div>
  );
}
