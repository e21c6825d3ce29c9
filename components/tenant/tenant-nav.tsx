"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";

export interface NavGroup {
  label: string;
  items: { href: string; label: string }[];
}

/**
 * A network's navigation, grouped by task, under a switcher to the caller's
 * other networks (which keeps the section: Members here → Members there).
 */
export function TenantNav({
  tenantId,
  groups,
  networks,
  labels,
}: {
  tenantId: string;
  groups: NavGroup[];
  networks: { id: string; name: string }[];
  labels: { switcher: string; nav: string };
}) {
  const pathname = usePathname();
  const router = useRouter();
  const all = groups.flatMap((g) => g.items);
  const active = [...all].sort((a, b) => b.href.length - a.href.length).find((i) => pathname.startsWith(i.href));
  const section = active ? active.href.slice(`/tenants/${tenantId}`.length) : "";
  return (
    <div className="space-y-4">
      {networks.length > 1 && (
        <label className="block text-xs font-medium text-slate-500">
          {labels.switcher}
          <select
            value={tenantId}
            onChange={(e) => router.push(`/tenants/${e.target.value}${section}`)}
            className="mt-1 block w-full rounded-md border-0 bg-white py-1.5 pr-8 pl-2 text-sm text-slate-900 shadow-sm ring-1 ring-slate-300"
          >
            {networks.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <nav aria-label={labels.nav} className="space-y-4">
        {groups.map((g) => (
          <div key={g.label}>
            {g.label && (
              <p className="px-3 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{g.label}</p>
            )}
            <ul className="space-y-0.5">
              {g.items.map((i) => (
                <li key={i.href}>
                  <Link
                    href={i.href}
                    aria-current={i === active ? "page" : undefined}
                    className={`block rounded-md px-3 py-1.5 text-sm ${
                      i === active
                        ? "bg-brand-50 font-medium text-brand-700"
                        : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                    }`}
                  >
                    {i.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </div>
  );
}
