import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { isLocale, negotiateLocale } from "./locales";

// No locale in the URL: an admin console is bookmarked and shared by path. The
// signed-in account's setting wins, then the browser's Accept-Language.
export default getRequestConfig(async () => {
  const current = await getCurrentUser().catch(() => null);
  const saved = current?.user.locale;
  const locale = isLocale(saved) ? saved : negotiateLocale((await headers()).get("accept-language"));
  return {
    locale,
    timeZone: "UTC",
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
