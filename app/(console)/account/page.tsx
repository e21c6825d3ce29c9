import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MfaSection } from "@/components/account/mfa-section";
import { ProfileForm } from "@/components/account/profile-form";
import { SessionsList } from "@/components/account/sessions-list";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { listMySessions } from "@/lib/sessions/list-my-sessions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const { ctx, user } = await requireCurrentUser();
  const [sessions, t] = await Promise.all([runPage(listMySessions, ctx, {}), getTranslations("account")]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <MfaSection enabled={!!user.totpEnabledAt} />
      <ProfileForm name={user.name} locale={user.locale} theme={user.theme} />
      <SessionsList
        sessions={sessions.map((s) => ({
          id: s.id,
          ip: s.ip,
          userAgent: s.userAgent,
          method: s.method,
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt.toISOString(),
          current: s.current,
        }))}
      />
    </div>
  );
}
