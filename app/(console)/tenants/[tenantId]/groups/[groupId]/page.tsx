import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeleteGroupForm } from "@/components/groups/delete-group-form";
import { GroupEditor } from "@/components/groups/group-editor";
import { GroupMembers } from "@/components/groups/group-members";
import { ChangeHistory } from "@/components/tenant/change-history";
import { listChangeHistory } from "@/lib/audit/list-change-history";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { getGroup } from "@/lib/groups/get-group";
import { listGroupMembers } from "@/lib/groups/list-group-members";
import { listGroups } from "@/lib/groups/list-groups";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { updateGroup } from "@/lib/groups/update-group";

export default async function GroupPage({ params }: { params: Promise<{ tenantId: string; groupId: string }> }) {
  const { tenantId, groupId } = await params;
  const { ctx } = await requireCurrentUser();
  const [group, groups, t] = await Promise.all([
    runPage(getGroup, ctx, { tenantId, groupId }),
    runPage(listGroups, ctx, { tenantId, limit: 500 }),
    getTranslations("groups"),
  ]);
  const canWrite = allows(ctx, updateGroup, tenantId);
  const history = allows(ctx, listChangeHistory, tenantId)
    ? await runPage(listChangeHistory, ctx, { tenantId, targetType: "group", targetId: groupId, limit: 20 })
    : null;
  // Members of this group, for moving (the full directory is the members page).
  const page = allows(ctx, listGroupMembers, tenantId)
    ? await runPage(listGroupMembers, ctx, { tenantId, groupId, limit: 200 })
    : null;
  const more = !!page?.next;
  const members = page?.rows ?? [];
  const others = groups.rows.filter((g) => g.id !== groupId).map((g) => ({ id: g.id, name: g.name }));
  return (
    <div className="space-y-8">
      <Link href={`/tenants/${tenantId}/groups`} className="text-sm text-brand-700 hover:underline">
        {t("backToGroups")}
      </Link>
      <GroupEditor
        tenantId={tenantId}
        group={{
          id: group.id,
          name: group.name,
          version: group.version,
          isDefault: group.isDefault,
          settings: group.settings,
        }}
        readOnly={!canWrite}
      />
      {canWrite && members.length > 0 && (
        <GroupMembers
          tenantId={tenantId}
          members={members}
          groups={others}
          moreHref={more ? `/tenants/${tenantId}/members?${new URLSearchParams({ groupId })}` : undefined}
        />
      )}
      {canWrite && !group.isDefault && (
        <DeleteGroupForm
          tenantId={tenantId}
          group={{ id: group.id, name: group.name, members: group.members }}
          groups={others}
        />
      )}
      {history && (
        <ChangeHistory
          entries={history.rows}
          more={history.next ? { tenantId, targetType: "group", targetId: groupId } : null}
          title={t("history")}
        />
      )}
    </div>
  );
}
