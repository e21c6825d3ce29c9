import Link from "next/link";
import { card } from "@/components/ui/card";

/** A figure with its label; with `href`, the figure links to the list behind it. */
export function StatCard({
  label,
  value,
  detail,
  href,
}: {
  label: string;
  value: string;
  detail?: string | undefined;
  href?: string | undefined;
}) {
  return (
    <div className={card("px-5 py-4")}>
      <p className="text-sm text-slate-500">{label}</p>
      <p className="mt-1 text-3xl font-semibold tabular-nums">
        {href ? (
          <Link href={href} className="text-brand-700 hover:underline" aria-label={`${label}: ${value}`}>
            {value}
          </Link>
        ) : (
          value
        )}
      </p>
      {detail && <p className="mt-1 text-sm text-slate-500">{detail}</p>}
    </div>
  );
}
