"use client";

import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/**
 * The footer of a table paged by keyset cursor: what the filter matched, the
 * page size, and the two neighbouring pages (a cursor table has no page numbers).
 */
export function CursorFooter({
  summary,
  pageSize,
  sizes,
  labels,
  hasPrevious,
  hasNext,
  pending,
  onPageSize,
  onPrevious,
  onNext,
}: {
  summary: React.ReactNode;
  pageSize: string | number;
  sizes: number[];
  labels: { pageSize: string; previous: string; next: string };
  hasPrevious: boolean;
  hasNext: boolean;
  pending: boolean;
  onPageSize: (size: string) => void;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
      {summary}
      <div className="flex items-center gap-3">
        <label className="flex items-center gap-2">
          {labels.pageSize}
          <Select value={pageSize} onChange={(e) => onPageSize(e.target.value)} className="w-20 py-1">
            {sizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </label>
        <Button variant="secondary" disabled={!hasPrevious || pending} onClick={onPrevious}>
          {labels.previous}
        </Button>
        <Button variant="secondary" disabled={!hasNext || pending} onClick={onNext}>
          {labels.next}
        </Button>
      </div>
    </div>
  );
}
