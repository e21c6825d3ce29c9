import { getTranslations } from "next-intl/server";
import Link from "next/link";

/**
 * A server-paged table's footer for lists paged by keyset cursor: an optional
 * row count, and links to the pages either side (a cursor list has no page numbers).
 */
export async function CursorLinks({
  total,
  next,
  prev,
  hrefFor,
}: {
  total?: number;
  next: string | null;
  prev: string | null;
  hrefFor: (page: { after?: string; before?: string }) => string;
}) {
  if (total === undefined && !next && !prev) return null;
  const t = await getTranslations("table");
  return (
    <nav
      aria-label={t("pages")}
      className="flex items-center justify-between border-t border-slate-200 px-4 py-3 text-sm text-slate-600"
    >
      <p>{total === undefined ? null : t("rows", { count: total })}</p>
      <div className="flex items-center gap-3">
        {prev && (
          <Link className="text-brand-700 hover:underline" href={hrefFor({ before: prev })}>
            {t("previous")}
          </Link>
        )}
        {next && (
          <Link className="text-brand-700 hover:underline" href={hrefFor({ after: next })}>
            {t("next")}
          </Link>
        )}
      </div>
    </nav>
  );
}
