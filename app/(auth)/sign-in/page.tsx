import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/get-current-user";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-900 to-slate-900 px-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-2xl">
        <div className="mb-6">
          <p className="text-sm font-semibold tracking-wide text-brand-600 uppercase">{t("app.name")}</p>
          <h1 className="mt-1 text-2xl font-semibold text-slate-900">{t("signIn.title")}</h1>
          <p className="mt-1 text-sm text-slate-500">{t("signIn.subtitle")}</p>
        </div>
        <SignInForm />
      </div>
    </main>
  );
}
