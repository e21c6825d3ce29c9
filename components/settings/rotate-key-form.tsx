"use client";

import { useTranslations } from "next-intl";
import { rotateSigningKeyAction } from "@/lib/actions/platform/rotate-signing-key-action";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { DateTime } from "@/components/ui/date-time";
import { card } from "@/components/ui/card";

/** The deployment's signing keys, newest first, and the rotation button. */
export function RotateKeyForm({
  keys,
}: {
  keys: { kid: string; createdAt: string; retiredAt: string | null; trusted: boolean }[];
}) {
  const t = useTranslations("settings.keys");
  const current = keys.find((k) => !k.retiredAt);
  return (
    <section aria-labelledby="keys-title" className={card("max-w-2xl space-y-3 p-5")}>
      <h2 id="keys-title" className="font-medium">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("hint")}</p>
      <ul className="divide-y divide-slate-100 text-sm">
        {keys.map((k) => (
          <li key={k.kid} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <code className="font-mono text-xs">{k.kid}</code>
            {!k.trusted && <strong className="text-red-700">{t("untrusted")}</strong>}
            <span className="text-slate-600">
              {k.retiredAt ? (
                t.rich("retired", { at: () => <DateTime iso={k.retiredAt} /> })
              ) : (
                <strong className="text-emerald-700">{t("current")}</strong>
              )}
            </span>
          </li>
        ))}
      </ul>
      <ConfirmActionButton
        action={rotateSigningKeyAction}
        values={{}}
        label={t("rotate")}
        confirm={{
          title: current ? t("rotateConfirm.title", { kid: current.kid }) : t("rotateConfirm.titleNone"),
          body: current ? t("rotateConfirm.body", { kid: current.kid }) : t("rotateConfirm.bodyNone"),
          confirmLabel: t("rotateConfirm.submit"),
        }}
        success={t("rotated")}
      />
    </section>
  );
}
