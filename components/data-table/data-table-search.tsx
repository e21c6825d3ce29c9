"use client";

import { useEffect, useState } from "react";
import { Input } from "@/components/ui/field";
import { useTableUrl } from "./use-table-url";

/** A search box that writes `q` into the URL after the user pauses typing. */
export function DataTableSearch({ label, initial }: { label: string; initial: string }) {
  const { update } = useTableUrl();
  const [value, setValue] = useState(initial);
  useEffect(() => {
    if (value === initial) return;
    const timer = setTimeout(() => update({ q: value.trim() || undefined }), 300);
    return () => clearTimeout(timer);
  }, [value, initial, update]);
  return (
    <Input
      type="search"
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      className="max-w-xs"
    />
  );
}
