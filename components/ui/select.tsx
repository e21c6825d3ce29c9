import type { SelectHTMLAttributes } from "react";

export function Select({ className = "", ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      {...props}
      // A width in className replaces the default full width (two width utilities would fight).
      className={`block ${/\bw-/.test(className) ? "" : "w-full"} rounded-md border-0 bg-white py-2 pr-8 pl-3 text-sm text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500 ${className}`}
    />
  );
}
