"use client";

import { useFormatter } from "next-intl";

/** A timestamp in the reader's locale (UTC), or `fallback` when there is none. */
export function DateTime({
  iso,
  fallback,
  dateOnly,
}: {
  iso: string | null;
  fallback?: React.ReactNode;
  dateOnly?: boolean;
}) {
  const format = useFormatter();
  if (!iso) return <>{fallback}</>;
  return (
    <time dateTime={iso}>
      {format.dateTime(new Date(iso), dateOnly ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
}
