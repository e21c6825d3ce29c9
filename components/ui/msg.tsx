"use client";

import { useTranslations } from "next-intl";

/**
 * A translated message as a component. Table column definitions use it so they
 * can live at module scope: TanStack renders a cell function as a component, and
 * a definition rebuilt on every render would remount its cells and lose their state.
 */
export function Msg({ k, values }: { k: string; values?: Record<string, string | number> }) {
  const t = useTranslations();
  return <>{t(k as never, values as never)}</>;
}
