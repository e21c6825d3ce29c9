import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EffectivePolicy } from "@/components/retention/effective-policy";
import { MemberExceptionForm } from "@/components/retention/member-exception-form";
import { ChangeHistory } from "@/components/tenant/change-history";
import { Badge } from "@/components/ui/badge";
import { listChangeHistory } from "@/lib/audit/list-change-history";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { getMember } from "@/lib/members/get-member";
import { runPage } from "@/lib/operation/run-page";
import { getEffectivePolicy } from "@/lib/retention/get-effective-policy";
import { allows } from "@/lib/operation/allows";
import { setMemberException } from "@/lib/retention/set-member-exception";
import { card } from "@/components/ui/card";
import { InvitationLink } from "@/components/members/invitation-link";
import { getMemberInvitation } from "@/lib/connector/get-member-invitation";
import { OperationError } from "@/lib/operation/operation-error";

export default async function MemberPage({ params }: { params: Promise<{ tenantId: string; memberId: string }> }) {
  const { tenantId, memberId } = await params;
  const { ctx } = await requireCurrentUser();
  const member = await runPage(getMember, ctx, { tenantId, memberId });
  const [t, tm, format] = await Promise.all([getTranslations("member"), getTranslations("members"), getFormatter()]);
  // Retention and holds show only to those who may read them: a hold's name and
  // matter are confidential, and its mere existence shows in the retention.
  const policy = allows(ctx, getEffectivePolicy, tenantId)
    ? await runPage(getEffectivePolicy, ctx, { tenantId, memberId })
    : null;
  const history = allows(ctx, listChangeHistory, tenantId)
    ? await runPage(listChangeHistory, ctx, { tenantId, targetType: "member", targetId: memberId, limit: 50 })
    : null;
  // A pending member's link to set their messenger password; none when the network has no messaging domain.
  const invitation =
    member.status === "pending" && allows(ctx, getMemberInvitation, tenantId)
      ? await getMemberInvitation(ctx, { tenantId, memberId }).catch((err: unknown) => {
          if (err instanceof OperationError && err.kind === "conflict") return null;
          throw err;
        })
      : null;
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : tm("never"));
  const profile: [string, React.ReactNode][] = [
    [t("name"), member.displayName],
    [t("email"), member.email],
    [t("status"), tm(`status.${member.status}`)],
    [
      t("group"),
      <Link key="g" href={`/tenants/${tenantId}/groups/${member.group.id}`} className="text-brand-700 hover:underline">
        {member.group.name}
      </Link>,
    ],
    [t("admin"), member.isAdmin ? t("yes") : t("no")],
    [t("externalId"), member.externalId ?? "—"],
    [t("lastSeen"), when(member.lastSeenAt)],
    [t("created"), when(member.createdAt)],
  ];
  return (
    <div className="space-y-8">
      <Link href={`/tenants/${tenantId}/members`} className="text-sm text-brand-700 hover:underline">
        {t("back")}
      </Link>
      <section aria-labelledby="profile-title" className={card("max-w-2xl p-6")}>
        <h2 id="profile-title" className="mb-4 text-lg font-medium">
          {member.displayName}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-8 gap-y-2 text-sm">
          {profile.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-500">{k}</dt>
              <dd className="text-slate-900">{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      {invitation && (
        <section aria-labelledby="invitation-title" className={card("max-w-2xl space-y-3 p-6")}>
          <h2 id="invitation-title" className="font-medium">
            {t("invitation.title")}
          </h2>
          <p className="text-sm text-slate-600">
            {t("invitation.explain", {
              address: invitation.address,
              expires: format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
          <InvitationLink path={invitation.path} url={invitation.url} />
        </section>
      )}
      <section aria-labelledby="devices-title" className="space-y-3">
        <h2 id="devices-title" className="font-medium">
          {t("devices")}
        </h2>
        {member.devices.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noDevices")}</p>
        ) : (
          <div className={card("overflow-x-auto relative")}>
            <table className="min-w-full text-sm">
              <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
                <tr>
                  {(["platform", "appVersion", "registeredAt", "lastSeenAt", "status"] as const).map((c) => (
                    <th key={c} scope="col" className="px-4 py-2.5">
                      {t(`deviceColumns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {member.devices.map((d) => (
                  <tr key={d.id}>
                    <td className="px-4 py-2">{d.platform}</td>
                    <td className="px-4 py-2 font-mono text-xs">{d.appVersion}</td>
                    <td className="px-4 py-2">{when(d.registeredAt)}</td>
                    <td className="px-4 py-2">{when(d.lastSeenAt)}</td>
                    <td className="px-4 py-2">
                      <Badge tone={d.status === "active" ? "green" : "slate"}>{t(`deviceStatus.${d.status}`)}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {policy && <EffectivePolicy policy={policy} />}
      {allows(ctx, setMemberException, tenantId) && <MemberExceptionForm tenantId={tenantId} memberId={memberId} />}
      {member.holds && (
        <section aria-labelledby="holds-title" className="space-y-2">
          <h2 id="holds-title" className="font-medium">
            {t("holds")}
          </h2>
          {member.holds.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noHolds")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {member.holds.map((h) => (
                <li key={h.id}>
                  <Badge tone="amber">{h.name}</Badge> <span className="text-slate-600">{h.matter}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {history && (
        <ChangeHistory
          entries={history.rows}
          more={history.next ? { tenantId, targetType: "member", targetId: memberId } : null}
          title={t("history")}
        />
      )}
    </div>
  );
}
