import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInviteForm } from "@/components/auth/accept-invite-form";
import { AuthCard } from "@/components/auth/auth-card";
import { findInvite } from "@/lib/account/accept-invite";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title") };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const invite = await findInvite(token);
  return (
    <AuthCard title={t("title")} subtitle={invite ? t("subtitle", { email: invite.email }) : undefined}>
      {invite ? (
        <AcceptInviteForm token={token} />
      ) : (
        <div className="space-y-4">
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {t("invalid")}
          </p>
          <Link href="/sign-in" className="text-sm text-brand-700 hover:underline">
            {t("signIn")}
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
