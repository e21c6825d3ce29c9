import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Toaster } from "sonner";
import { isTheme } from "@/lib/account/themes";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("shell");
  // The account's theme, set on <html> so the first paint is already right; signed out, the system's.
  const theme = (await getCurrentUser().catch(() => null))?.user.theme;
  return (
    <html lang={locale} className={isTheme(theme) ? theme : undefined}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
        <Toaster
          theme={isTheme(theme) ? theme : "system"}
          richColors
          closeButton
          duration={6000}
          position="bottom-right"
          containerAriaLabel={t("notifications")}
          toastOptions={{ closeButtonAriaLabel: t("dismissNotification") }}
        />
      </body>
    </html>
  );
}
