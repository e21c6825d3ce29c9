import { getTranslations } from "next-intl/server";

export async function AuthCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string | undefined;
  children: React.ReactNode;
}) {
  const t = await getTranslations("app");
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-900 to-slate-900 px-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-2xl">
        <div className="mb-6">
          <p className="text-sm font-semibold tracking-wide text-brand-600 uppercase">{t("name")}</p>
          <h1 className="mt-1 text-2xl font-semibold text-slate-900">{title}</h1>
          {subtitle && <p className="mt-1 text-sm text-slate-500">{subtitle}</p>}
        </div>
        {children}
      </div>
    </main>
  );
}
