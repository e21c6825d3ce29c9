import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export async function AppShell({
  user,
  children,
}: {
  user: { name: string; email: string; isPlatformOperator: boolean };
  children: React.ReactNode;
}) {
  const t = await getTranslations();
  return (
    <div className="flex min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("shell.skipToContent")}
      </a>
      <aside className="hidden w-60 shrink-0 flex-col bg-brand-900 text-slate-200 md:flex">
        <Link href="/" className="px-5 py-5 text-lg font-semibold tracking-tight text-white">
          {t("app.name")}
        </Link>
        <nav aria-label={t("shell.nav")} className="flex flex-1 flex-col gap-1 px-3">
          <NavLink href="/">{t("shell.overview")}</NavLink>
          <NavLink href="/tenants">{t("shell.tenants")}</NavLink>
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-end gap-4 border-b border-slate-200 bg-white px-6">
          <div className="text-right text-sm leading-tight">
            <p className="font-medium text-slate-900">{user.name}</p>
            <p className="text-slate-500">
              {user.email}
              {user.isPlatformOperator && ` · ${t("shell.platformOperator")}`}
            </p>
          </div>
          <SignOutButton label={t("shell.signOut")} />
        </header>
        <main id="main" className="flex-1 px-6 py-8">
          <div className="mx-auto max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
