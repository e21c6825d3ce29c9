"use server";

import { listGroups } from "@/lib/groups/list-groups";
import { listMembers } from "@/lib/members/list-members";
import { runAction } from "@/lib/doors/run-action";

export interface PaletteHit {
  kind: "member" | "group";
  label: string;
  detail: string;
  href: string;
}

/**
 * The command palette's search in one network: up to five members (name or
 * email) and five groups (name), through the same operations as the pages, so
 * a caller who may not read members finds none.
 */
export async function searchPaletteAction(tenantId: string, q: string): Promise<PaletteHit[]> {
  const query = q.trim().slice(0, 200);
  if (query.length < 2) return [];
  const [members, groups] = await Promise.all([
    runAction(listMembers, { tenantId, q: query, pageSize: 10 }),
    runAction(listGroups, { tenantId, q: query, limit: 5 }),
  ]);
  return [
    ...(members?.ok
      ? members.value.rows.slice(0, 5).map((m) => ({
          kind: "member" as const,
          label: m.displayName,
          detail: m.email,
          href: `/tenants/${tenantId}/members/${m.id}`,
        }))
      : []),
    ...(groups?.ok
      ? groups.value.rows.map((g) => ({
          kind: "group" as const,
          label: g.name,
          detail: "",
          href: `/tenants/${tenantId}/groups/${g.id}`,
        }))
      : []),
  ];
}
