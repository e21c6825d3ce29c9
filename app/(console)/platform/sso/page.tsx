import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { CreateSsoForm } from "@/components/sso/create-sso-form";
import { SsoList } from "@/components/sso/sso-list";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { listSsoConnections } from "@/lib/sso/list-sso-connections";
import { roleMappingsSchema } from "@/lib/sso/sso-mappings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sso"))("title") };
}

export default async function SsoPage() {
  const { ctx } = await requireCurrentUser();
  const connections = await runPage(listSsoConnections, ctx, {});
  const t = await getTranslations("sso");
  const base = process.env.NEXTAUTH_URL ?? `http://${(await headers()).get("host")}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <SsoList
        connections={connections.map((c) => ({
          id: c.id,
          name: c.name,
          issuer: c.issuer,
          clientId: c.clientId,
          callback: `${base}/api/auth/callback/oidc-${c.slug}`,
          mappings: (roleMappingsSchema.safeParse(c.roleMappings).data ?? []).length,
        }))}
      />
      <CreateSsoForm />
    </div>
  );
}
