import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { listSignInOptions } from "@/lib/sso/list-sign-in-options";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const [t, sso, { error }] = await Promise.all([getTranslations("signIn"), listSignInOptions(), searchParams]);
  // next-auth sends SSO refusals back here as ?error=AccessDenied (or another code).
  const ssoError = error ? t("ssoRefused") : undefined;
  return (
    <AuthCard title={t("title")} subtitle={t("subtitle")}>
      <SignInForm sso={sso} initialError={ssoError} />
    </AuthCard>
  );
}
