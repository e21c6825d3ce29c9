import Link from "next/link";
import { BarChart, type Bar } from "./bar-chart";
import { card } from "@/components/ui/card";

/**
 * One chart of the dashboard with its figures listed under it, each linked to
 * the filtered list behind it: the list is what a keyboard or screen reader
 * user reads, and what the end-to-end test checks against those lists.
 */
export function ChartCard({
  title,
  note,
  bars,
  figures,
  empty,
  controls,
}: {
  title: string;
  note?: string | undefined;
  bars: Bar[];
  figures: { label: string; value: string; href?: string | undefined }[];
  empty: string;
  /** Choices that change what the chart shows (links, so the choice is in the URL). */
  controls?: React.ReactNode;
}) {
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className={card("p-5")}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={id} className="font-medium">
          {title}
        </h2>
        {controls}
      </div>
      {note && <p className="text-xs text-slate-500">{note}</p>}
      {bars.every((b) => b.value === 0) ? (
        <p className="py-8 text-center text-sm text-slate-500">{empty}</p>
      ) : (
        <div className="mt-3 text-slate-600">
          <BarChart bars={bars} label={title} />
        </div>
      )}
      {figures.length > 0 && (
        <ul className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
          {figures.map((f) => (
            <li key={f.label} className="flex justify-between gap-2">
              <span className="truncate text-slate-600">{f.label}</span>
              {f.href ? (
                <Link
                  href={f.href}
                  className="font-medium text-brand-700 tabular-nums hover:underline"
                  aria-label={`${title}, ${f.label}: ${f.value}`}
                >
                  {f.value}
                </Link>
              ) : (
                <span className="font-medium tabular-nums">{f.value}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
