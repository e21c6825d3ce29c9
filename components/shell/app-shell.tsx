import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { roleHas, type TenantRole } from "@/lib/rbac/permissions";
import { TENANT_SECTIONS } from "@/lib/rbac/tenant-sections";
import { CommandPalette, type PalettePage } from "./command-palette";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export async function AppShell({
  user,
  networks,
  mfaPending,
  children,
}: {
  user: { name: string; email: string; isPlatformOperator: boolean };
  networks: { id: string; name: string; role: TenantRole }[];
  mfaPending: boolean;
  children: React.ReactNode;
}) {
  const t = await getTranslations();
  const pages: PalettePage[] = mfaPending
    ? []
    : [
        { label: t("shell.overview"), href: "/", detail: "" },
        { label: t("shell.tenants"), href: "/tenants", detail: "" },
        ...(user.isPlatformOperator
          ? [
              { label: t("shell.audit"), href: "/platform/audit", detail: t("shell.platform") },
              { label: t("shell.sso"), href: "/platform/sso", detail: t("shell.platform") },
              { label: t("shell.settings"), href: "/platform/settings", detail: t("shell.platform") },
            ]
          : []),
        ...networks.flatMap((n) =>
          // The palette's pages: each network's sections its role may open.
          TENANT_SECTIONS.filter((s) => s.anyOf.some((p) => roleHas(n.role, p))).map((s) => ({
            label: t(`tenant.tabs.${s.label}`),
            href: `/tenants/${n.id}${s.path}`,
            detail: n.name,
          })),
        ),
        { label: t("shell.apiReference"), href: "/api-reference", detail: "" },
        { label: t("shell.account"), href: "/account", detail: "" },
      ];
  return (
    <div className="flex min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("shell.skipToContent")}
      </a>
      <aside className="hidden w-64 shrink-0 flex-col bg-brand-900 text-on-brand-muted md:flex">
        <Link href="/" className="px-5 py-5 text-lg font-semibold tracking-tight text-on-brand">
          {t("app.name")}
        </Link>
        <nav aria-label={t("shell.nav")} className="flex flex-1 flex-col gap-1 px-3 pb-6">
          {!mfaPending && (
            <>
              <NavLink href="/">{t("shell.overview")}</NavLink>
              <NavLink href="/tenants">{t("shell.tenants")}</NavLink>
              {networks.length > 0 && (
                <p className="mt-5 px-3 pb-1 text-xs font-semibold tracking-wide text-on-brand-muted uppercase">
                  {t("shell.networksHeading")}
                </p>
              )}
              {networks.map((n) => (
                <NavLink key={n.id} href={`/tenants/${n.id}`}>
                  <span className="block truncate">{n.name}</span>
                  <span className="block text-xs text-on-brand-muted">{t(`roles.${n.role}`)}</span>
                </NavLink>
              ))}
              {user.isPlatformOperator && (
                <>
                  <p className="mt-5 px-3 pb-1 text-xs font-semibold tracking-wide text-on-brand-muted uppercase">
                    {t("shell.platform")}
                  </p>
                  <NavLink href="/platform/audit">{t("shell.audit")}</NavLink>
                  <NavLink href="/platform/sso">{t("shell.sso")}</NavLink>
                  <NavLink href="/platform/settings">{t("shell.settings")}</NavLink>
                </>
              )}
            </>
          )}
          <div className="mt-auto pt-6">
            <NavLink href="/api-reference">{t("shell.apiReference")}</NavLink>
            <NavLink href="/account">{t("shell.account")}</NavLink>
          </div>
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-end gap-4 border-b border-slate-200 bg-white px-6">
          {!mfaPending && (
            <div className="mr-auto">
              <CommandPalette
                pages={pages}
                labels={{
                  open: t("palette.open"),
                  shortcut: t("palette.shortcut"),
                  title: t("palette.title"),
                  placeholder: t("palette.placeholder"),
                  empty: t("palette.empty"),
                  kinds: {
                    page: t("palette.kinds.page"),
                    member: t("palette.kinds.member"),
                    group: t("palette.kinds.group"),
                  },
                }}
              />
            </div>
          )}
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
          <div className="mx-auto max-w-6xl">
            {mfaPending && (
              <p
                role="alert"
                className="mb-6 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200"
              >
                {t("shell.mfaRequired")}
              </p>
            )}
            {children}
          </div>
        </main>
      </div>
    </div>
  );
}
