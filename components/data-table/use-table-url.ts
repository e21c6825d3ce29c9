"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";

/**
 * Table state lives in the URL. Changing it navigates, which re-renders the
 * server component with the new searchParams: the server sorts, filters, pages.
 */
export function useTableUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const update = useCallback(
    (changes: Record<string, string | number | undefined>, resetPage = true) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === "") next.delete(key);
        else next.set(key, String(value));
      }
      // A new sort, filter or page size starts from the first page: an offset or keyset cursor would point elsewhere.
      if (resetPage) for (const k of ["page", "cursor", "back", "after", "before"]) if (!(k in changes)) next.delete(k);
      const query = next.toString();
      startTransition(() => router.push(query ? `${pathname}?${query}` : pathname, { scroll: false }));
    },
    [pathname, router, searchParams],
  );

  return { update, pending };
}
