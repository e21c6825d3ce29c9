import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type Permission, roleHas, type TenantRole } from "@/lib/rbac/permissions";
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
  // The palette's pages: the console's own, and each network's sections its role may open.
  const SECTIONS: [string, string, Permission][] = [
    ["", "tenant.tabs.overview", "tenants.read"],
    ["/members", "tenant.tabs.members", "members.read"],
    ["/devices", "tenant.tabs.devices", "members.read"],
    ["/groups", "tenant.tabs.groups", "groups.read"],
    ["/retention", "tenant.tabs.retention", "retention.read"],
    ["/holds", "tenant.tabs.holds", "legal_holds.read"],
    ["/federation", "tenant.tabs.federation", "federation.read"],
    ["/audit", "tenant.tabs.audit", "audit.read"],
    ["/console-users", "tenant.tabs.consoleUsers", "console_users.read"],
    ["/tokens", "tenant.tabs.tokens", "tokens.read"],
    ["/settings", "tenant.tabs.settings", "tenants.update"],
  ];
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
          SECTIONS.filter(([, , p]) => roleHas(n.role, p)).map(([path, key]) => ({
            label: t(key as "tenant.tabs.overview"),
            href: `/tenants/${n.id}${path}`,
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
      <aside className="hidden w-64 shrink-0 flex-col bg-brand-900 text-slate-200 md:flex">
        <Link href="/" className="px-5 py-5 text-lg font-semibold tracking-tight text-white">
          {t("app.name")}
        </Link>
        <nav aria-label={t("shell.nav")} className="flex flex-1 flex-col gap-1 px-3 pb-6">
          {!mfaPending && (
            <>
              <NavLink href="/">{t("shell.overview")}</NavLink>
              <NavLink href="/tenants">{t("shell.tenants")}</NavLink>
              {networks.length > 0 && (
                <p className="mt-5 px-3 pb-1 text-xs font-semibold tracking-wide text-slate-300 uppercase">
                  {t("shell.networksHeading")}
                </p>
              )}
              {networks.map((n) => (
                <NavLink key={n.id} href={`/tenants/${n.id}`}>
                  <span className="block truncate">{n.name}</span>
                  <span className="block text-xs text-slate-300">{t(`roles.${n.role}`)}</span>
                </NavLink>
              ))}
              {user.isPlatformOperator && (
                <>
                  <p className="mt-5 px-3 pb-1 text-xs font-semibold tracking-wide text-slate-300 uppercase">
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
