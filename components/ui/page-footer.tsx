import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** A server-paged table's footer: the row count, the page, and links to the pages either side. */
export async function PageFooter({
  total,
  page,
  pageSize,
  hrefFor,
}: {
  total: number;
  page: number;
  pageSize: number;
  hrefFor: (page: number) => string;
}) {
  const t = await getTranslations("table");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="flex items-center justify-between border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
      <p>{t("rows", { count: total })}</p>
      <div className="flex items-center gap-3">
        <span>{t("pageOf", { page, pages })}</span>
        {page > 1 && (
          <Link className="text-brand-700 hover:underline" href={hrefFor(page - 1)}>
            {t("previous")}
          </Link>
        )}
        {page < pages && (
          <Link className="text-brand-700 hover:underline" href={hrefFor(page + 1)}>
            {t("next")}
          </Link>
        )}
      </div>
    </div>
  );
}
