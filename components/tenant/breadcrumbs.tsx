"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * Where the page sits: Networks › the network › the section › the item. Item
 * pages (an id in the path) are named by their kind, since the page itself
 * names the item in its heading.
 */
const SEPARATOR = "›";

export function Breadcrumbs({
  tenantId,
  tenantName,
  sections,
  labels,
}: {
  tenantId: string;
  tenantName: string;
  /** Section path (after the network) → its label, e.g. "members" → "Members". */
  sections: Record<string, string>;
  labels: { trail: string; networks: string; item: string };
}) {
  const pathname = usePathname();
  const rest = pathname.slice(`/tenants/${tenantId}`.length).split("/").filter(Boolean);
  const crumbs: { href: string; label: string }[] = [
    { href: "/tenants", label: labels.networks },
    { href: `/tenants/${tenantId}`, label: tenantName },
  ];
  let path = "";
  for (const segment of rest) {
    path += `/${segment}`;
    crumbs.push({ href: `/tenants/${tenantId}${path}`, label: sections[path.slice(1)] ?? labels.item });
  }
  return (
    <nav aria-label={labels.trail} className="text-sm text-slate-500">
      <ol className="flex flex-wrap items-center gap-1">
        {crumbs.map((c, i) => (
          <li key={c.href} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">{SEPARATOR}</span>}
            {i === crumbs.length - 1 ? (
              <span aria-current="page" className="text-slate-700">
                {c.label}
              </span>
            ) : (
              <Link href={c.href} className="hover:text-slate-900 hover:underline">
                {c.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
