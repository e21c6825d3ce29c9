import type messages from "./messages/en.json";
import type { LOCALES } from "./locales";

// Types every t("…") call against the English catalogue: a missing or misspelt
// key fails the typecheck instead of showing a raw key to a user.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof LOCALES)[number];
    Messages: typeof messages;
  }
}
