"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/**
 * How long the rest will take at the pace seen so far: from the first figure
 * this page saw (it refreshes while the work runs), or from `startedAt` when
 * the work says when it began — so leaving and coming back still estimates.
 */
function useRemaining(done: number, total: number, startedAt?: string | null): number | null {
  const [first] = useState(() => ({ done, at: Date.now() }));
  const [remaining, setRemaining] = useState<number | null>(null);
  useEffect(() => {
    // Measured when a new figure arrives, after the render that shows it.
    const timer = setTimeout(() => {
      const since = startedAt ? { done: 0, at: Date.parse(startedAt) } : first;
      const elapsed = (Date.now() - since.at) / 1000;
      const progressed = done - since.done;
      setRemaining(
        done >= total || progressed <= 0 || elapsed < 1 ? null : Math.ceil((total - done) / (progressed / elapsed)),
      );
    }, 0);
    return () => clearTimeout(timer);
  }, [done, total, startedAt, first]);
  return remaining;
}

/** A progress bar with its figures and, once there is a pace to go by, the time left. */
export function ProgressBar({
  done,
  total,
  label,
  figures,
  startedAt,
  running,
  complete = false,
  className = "w-32",
}: {
  done: number;
  total: number;
  label: string;
  figures: string;
  startedAt?: string | null | undefined;
  running: boolean;
  /** Finished: a full bar even when there was nothing to do. */
  complete?: boolean;
  className?: string;
}) {
  const t = useTranslations("progress");
  const remaining = useRemaining(done, total, startedAt);
  const pct = complete ? 100 : total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        className={`h-2 overflow-hidden rounded-full bg-slate-100 ${className}`}
      >
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${pct}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-600 tabular-nums">
        {figures}
        {running && remaining !== null && (
          <>
            {" · "}
            {remaining < 60
              ? t("secondsLeft", { count: remaining })
              : t("minutesLeft", { count: Math.ceil(remaining / 60) })}
          </>
        )}
      </p>
    </div>
  );
}
