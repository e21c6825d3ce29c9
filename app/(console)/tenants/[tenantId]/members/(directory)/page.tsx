import { InviteMemberForm } from "@/components/members/invite-member-form";
import { MembersDirectory } from "@/components/members/members-directory";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { listGroups } from "@/lib/groups/list-groups";
import { listMembers } from "@/lib/members/list-members";
import { listMembersLenient } from "@/lib/members/member-list-schema";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { suspendMembers } from "@/lib/members/suspend-members";
import { reactivateMembers } from "@/lib/members/reactivate-members";
import { resetMemberDevices } from "@/lib/members/reset-member-devices";
import { deactivateMembers } from "@/lib/members/deactivate-members";
import { reinviteMembers } from "@/lib/members/reinvite-members";
import { deleteMembers } from "@/lib/members/delete-members";
import { moveMembers } from "@/lib/groups/move-members";
import { applyMemberImport } from "@/lib/members/import/apply-member-import";
import { inviteMember } from "@/lib/members/invite-member";

export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { tenantId } = await params;
  const raw = await searchParams;
  const { ctx } = await requireCurrentUser();
  const query = listMembersLenient.parse(raw);
  const [page, groups] = await Promise.all([
    runPage(listMembers, ctx, { tenantId, ...query }),
    allows(ctx, listGroups, tenantId)
      ? runPage(listGroups, ctx, { tenantId, limit: 500 }).then((p) => p.rows)
      : Promise.resolve([]),
  ]);
  const allowed = {
    suspend: allows(ctx, suspendMembers, tenantId),
    reactivate: allows(ctx, reactivateMembers, tenantId),
    resetDevices: allows(ctx, resetMemberDevices, tenantId),
    deactivate: allows(ctx, deactivateMembers, tenantId),
    reinvite: allows(ctx, reinviteMembers, tenantId),
    delete: allows(ctx, deleteMembers, tenantId),
    move: allows(ctx, moveMembers, tenantId),
    // An import creates members and changes existing ones: it needs both rights.
    import: allows(ctx, applyMemberImport, tenantId) && allows(ctx, inviteMember, tenantId),
  };
  return (
    <div className="space-y-4">
      {allowed.reinvite && groups.length > 0 && (
        <InviteMemberForm tenantId={tenantId} groups={groups.map((g) => ({ id: g.id, name: g.name }))} />
      )}
      <MembersDirectory
        tenantId={tenantId}
        rows={page.rows.map((r) => ({ ...r, lastSeenAt: r.lastSeenAt?.toISOString() ?? null }))}
        total={page.total}
        next={page.next}
        prev={page.prev}
        query={{
          ...query,
          seenAfter: query.seenAfter?.toISOString().slice(0, 10),
          seenBefore: query.seenBefore?.toISOString().slice(0, 10),
          joinedAfter: query.joinedAfter?.toISOString().slice(0, 10),
          joinedBefore: query.joinedBefore?.toISOString().slice(0, 10),
          deviceSeenAfter: query.deviceSeenAfter?.toISOString().slice(0, 10),
        }}
        hidden={String(raw.hide ?? "")
          .split(",")
          .filter(Boolean)}
        groups={groups.map((g) => ({ id: g.id, name: g.name }))}
        allowed={allowed}
      />
    </div>
  );
}
