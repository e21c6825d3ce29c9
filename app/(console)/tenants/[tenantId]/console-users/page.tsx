import { getTranslations } from "next-intl/server";
import { ConsoleUsersTable } from "@/components/console-users/console-users-table";
import { InviteForm } from "@/components/console-users/invite-form";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { listConsoleUsers, listConsoleUsersParams } from "@/lib/console-users/list-console-users";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { inviteConsoleUser } from "@/lib/console-users/invite-console-user";

export default async function ConsoleUsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { tenantId } = await params;
  const { ctx } = await requireCurrentUser();
  const list = listConsoleUsersParams.lenient.parse(await searchParams);
  const page = await runPage(listConsoleUsers, ctx, { tenantId, ...list });
  const t = await getTranslations("consoleUsers");
  const canWrite = allows(ctx, inviteConsoleUser, tenantId);
  return (
    <div className="space-y-6">
      {canWrite && <InviteForm tenantId={tenantId} />}
      <section aria-label={t("title")}>
        <ConsoleUsersTable
          tenantId={tenantId}
          canWrite={canWrite}
          selfId={ctx.actor.type === "console_user" ? ctx.actor.id : ""}
          rows={page.rows.map((r) => ({ ...r, lastSignInAt: r.lastSignInAt?.toISOString() ?? null }))}
          total={page.total}
          params={list}
        />
      </section>
    </div>
  );
}
