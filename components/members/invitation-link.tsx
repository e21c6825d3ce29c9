"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The pending member's invitation link, to pass on: the full URL, made from this page's origin when none is configured. */
export function InvitationLink({ path, url }: { path: string; url: string | null }) {
  const t = useTranslations("member.invitation");
  const [copied, setCopied] = useState(false);
  // The origin is the browser's, known only after hydration (the server and the first render must agree).
  const origin = useSyncExternalStore(
    () => () => {},
    () => window.location.origin,
    () => "",
  );
  const href = url ?? `${origin}${path}`;
  return (
    <div className="flex gap-2">
      <input
        readOnly
        aria-label={t("link")}
        value={href}
        onFocus={(e) => e.currentTarget.select()}
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs"
      />
      <Button
        type="button"
        variant="secondary"
        onClick={() => void navigator.clipboard?.writeText(href).then(() => setCopied(true))}
      >
        {copied ? t("copied") : t("copy")}
      </Button>
    </div>
  );
}
