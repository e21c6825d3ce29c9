import { getTranslations } from "next-intl/server";
import { RequireMfaForm } from "@/components/settings/require-mfa-form";
import { RotateKeyForm } from "@/components/settings/rotate-key-form";
import { db } from "@/lib/db";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { getPlatformSettings } from "@/lib/platform/get-platform-settings";
import { loadKeyTrust } from "@/lib/signing/key-trust";
import { updatePlatformSettingsAction } from "@/lib/actions/platform/update-platform-settings-action";

export default async function PlatformSettingsPage() {
  const { ctx } = await requireCurrentUser();
  const settings = await runPage(getPlatformSettings, ctx, {});
  const t = await getTranslations("settings");
  const trust = await loadKeyTrust(db);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("platformTitle")}</h1>
      <RequireMfaForm
        title={t("platformTitle")}
        label={t("platformRequireMfa")}
        hidden={{}}
        defaultChecked={settings.requireMfa}
        action={updatePlatformSettingsAction}
      />
      <RotateKeyForm
        keys={(await db.signingKey.findMany({ orderBy: { createdAt: "desc" } })).map((k) => ({
          kid: k.kid,
          createdAt: k.createdAt.toISOString(),
          retiredAt: k.retiredAt?.toISOString() ?? null,
          trusted: trust.keys.has(k.kid),
        }))}
      />
    </div>
  );
}
