"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/**
 * Asks before leaving a group with unsaved changes: closing or reloading the
 * tab (the browser's own prompt, the only one a page may show then), and
 * following a link inside the console (a dialog that names the group).
 */
export function UnsavedChangesGuard({ dirty, name }: { dirty: boolean; name: string }) {
  const t = useTranslations("groups.editor.unsaved");
  const router = useRouter();
  const [leavingTo, setLeavingTo] = useState<URL | null>(null);
  // Set once the reader chose to leave, so a full-page load is not asked about twice.
  const leaving = useRef(false);
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!leaving.current) e.preventDefault();
    };
    const onClick = (e: MouseEvent) => {
      // A click that opens another tab or window leaves the changes where they are.
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
      e.preventDefault();
      e.stopPropagation();
      setLeavingTo(new URL(link.href));
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
  const leave = () => {
    if (!leavingTo) return;
    leaving.current = true;
    setLeavingTo(null);
    if (leavingTo.origin === window.location.origin)
      router.push(`${leavingTo.pathname}${leavingTo.search}${leavingTo.hash}`);
    else window.location.assign(leavingTo.href);
  };
  return (
    <ConfirmDialog
      open={leavingTo !== null}
      title={t("title", { name })}
      confirmLabel={t("submit")}
      cancelLabel={t("stay")}
      destructive
      confirmProps={{ type: "button", onClick: leave }}
      onClose={() => setLeavingTo(null)}
    >
      <p>{t("body")}</p>
    </ConfirmDialog>
  );
}
