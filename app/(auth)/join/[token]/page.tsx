import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { JoinMessagingForm } from "@/components/auth/join-messaging-form";
import { findMessagingInvite } from "@/lib/connector/join-messaging";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("join"))("title") };
}

// Where an invited member sets their messenger password: the console hands it to the server and keeps none of it.
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("join");
  const invite = await findMessagingInvite(decodeURIComponent(token));
  return (
    <AuthCard title={t("title")} subtitle={invite ? t("subtitle", { network: invite.network }) : undefined}>
      {invite ? (
        <JoinMessagingForm token={decodeURIComponent(token)} address={invite.address} />
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {t("invalid")}
        </p>
      )}
    </AuthCard>
  );
}
